package io.canale.shared.mongo.indexes;

import io.canale.shared.mongo.indexes.QueryShape.Kind;
import io.canale.shared.mongo.indexes.QueryShape.SortKey;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a query shape is served by one of its collection's indexes, by the ESR rule: the index starts with
 * fields the query compares for equality (any of them, in any order), continues with the query's sort fields
 * in the sort's order and direction (or all reversed), and may end with a field the query bounds by a range.
 * The index must narrow the scan — by an equality, a range or a prefix on one of those keys — unless the
 * query selects nothing at all (then serving the sort is enough: a page of everything in order). A sort is
 * served when the index delivers the documents in its order; otherwise MongoDB would sort them in memory.
 * A query that selects nothing and wants no order reads the whole collection, which no index serves.
 *
 * <p>An {@code $or} is served when every alternative is (each combined with the conditions beside the
 * {@code $or}), or when the conditions beside it are served on their own. A unique index whose every key is
 * compared for equality yields at most one document, so any sort is served.
 */
final class IndexCoverage {

    private final List<DeclaredIndex> indexes;

    IndexCoverage(List<DeclaredIndex> indexes) {
        this.indexes = List.copyOf(indexes);
    }

    /**
     * The index that serves the shape, if any: of several, the one with the most keys fixed by equalities (the
     * one MongoDB's planner would prefer); for an {@code $or}, the first alternative's.
     */
    Optional<DeclaredIndex> servingIndex(QueryShape shape) {
        List<DeclaredIndex> candidates = indexes.stream().filter(index -> index.collection().equals(shape.collection())).toList();
        // A sparse index holds only the documents that have its field: exactly what $exists on that field selects.
        Optional<DeclaredIndex> sparse = candidates.stream().filter(index -> index.partial() && shape.sort().isEmpty()
                && shape.fields().get(index.keys().getFirst().field()) == Kind.EXISTS).findFirst();
        if (sparse.isPresent()) {
            return sparse;
        }
        if (readsAll(shape)) {
            return Optional.empty();
        }
        if (!selectsAnything(shape)) {
            return candidates.stream().filter(index -> !index.partial() && servesSort(index, shape.fields(), shape.sort()) >= 0).findFirst();
        }
        return served(candidates, shape);
    }

    /** A query that selects nothing and wants no order reads the whole collection: no index can help it. */
    static boolean readsAll(QueryShape shape) {
        return !selectsAnything(shape) && shape.sort().isEmpty();
    }

    /**
     * Whether an index could narrow what the query reads: one of its conditions selects, or an {@code $or} whose
     * every alternative selects (one that does not, such as a {@code $ne}, makes the whole {@code $or} read
     * everything).
     */
    static boolean selectsAnything(QueryShape shape) {
        return shape.fields().values().stream().anyMatch(Kind::selective)
                || shape.orGroups().stream().anyMatch(group -> group.stream().allMatch(IndexCoverage::selectsAnything));
    }

    private Optional<DeclaredIndex> served(List<DeclaredIndex> candidates, QueryShape shape) {
        Optional<DeclaredIndex> together = candidates.stream().filter(index -> serves(index, shape.fields(), shape.sort()))
                .max(Comparator.<DeclaredIndex>comparingInt(index -> equalityPrefix(index.keys(), shape.fields()))
                        .thenComparingInt(index -> (int) index.keys().stream().filter(key -> condition(shape.fields(), key).selective()).count()));
        if (together.isPresent()) {
            return together;
        }
        for (List<QueryShape> group : shape.orGroups()) {
            List<Optional<DeclaredIndex>> alternatives = group.stream()
                    .map(alternative -> served(candidates, shape.and(alternative))).toList();
            if (alternatives.stream().allMatch(Optional::isPresent)) {
                return alternatives.getFirst();
            }
        }
        return Optional.empty();
    }

    /** Equality, then sort, then range: the index delivers the sort and one of its leading keys narrows the scan. */
    static boolean serves(DeclaredIndex index, Map<String, Kind> fields, List<SortKey> sort) {
        List<SortKey> keys = index.keys();
        if (index.partial() && !condition(fields, keys.getFirst()).bounding()) {
            return false;
        }
        if (index.unique() && keys.stream().allMatch(key -> fields.get(key.field()) == Kind.EQUALITY)) {
            return true;
        }
        int afterSort = servesSort(index, fields, sort);
        if (afterSort < 0 || !esrOrder(keys, fields, sort)) {
            return false;
        }
        int position = equalityPrefix(keys, fields);
        boolean narrowed = position > 0
                || keys.subList(0, afterSort).stream().anyMatch(key -> condition(fields, key).selective())
                || afterSort < keys.size() && condition(fields, keys.get(afterSort)).selective();
        return narrowed;
    }

    /**
     * Where the index keys after the sort start, or -1 when the index cannot deliver the sort. Walking the keys,
     * the sort's fields (those no equality fixes) must come in order, all in the sort's direction or all
     * reversed; a key between them may be skipped only when an equality fixes it, and a key before them also
     * when an {@code $in} bounds it (MongoDB merges the sorted runs of its values).
     */
    static int servesSort(DeclaredIndex index, Map<String, Kind> fields, List<SortKey> sort) {
        List<SortKey> keys = index.keys();
        List<SortKey> remainingSort = sort.stream().filter(key -> fields.get(key.field()) != Kind.EQUALITY).toList();
        int matched = 0;
        int orientation = 0;
        int position = 0;
        for (; position < keys.size() && matched < remainingSort.size(); position++) {
            SortKey key = keys.get(position);
            SortKey wanted = remainingSort.get(matched);
            if (key.field().equals(wanted.field())) {
                int direction = key.direction() * wanted.direction();
                if (direction == 0 || (orientation != 0 && direction != orientation)) {
                    return -1;
                }
                orientation = direction;
                matched++;
            } else if (!(fields.get(key.field()) == Kind.EQUALITY || fields.get(key.field()) == Kind.IN && matched == 0)) {
                return -1;
            }
        }
        return matched == remainingSort.size() ? (remainingSort.isEmpty() ? equalityPrefix(keys, fields) : position) : -1;
    }

    /** No key the query compares for equality after one it bounds by a range (that is not a sort key): the range ends the tight bounds. */
    private static boolean esrOrder(List<SortKey> keys, Map<String, Kind> fields, List<SortKey> sort) {
        boolean ranged = false;
        for (SortKey key : keys) {
            Kind kind = condition(fields, key);
            boolean sortKey = sort.stream().anyMatch(wanted -> wanted.field().equals(key.field()));
            if (kind.equality() && ranged) {
                return false;
            }
            ranged |= kind.bounding() && !kind.equality() && !sortKey;
        }
        return true;
    }

    private static Kind condition(Map<String, Kind> fields, SortKey key) {
        return fields.getOrDefault(key.field(), Kind.OTHER);
    }

    private static int equalityPrefix(List<SortKey> keys, Map<String, Kind> fields) {
        int position = 0;
        while (position < keys.size() && fields.getOrDefault(keys.get(position).field(), Kind.OTHER).equality()) {
            position++;
        }
        return position;
    }
}
