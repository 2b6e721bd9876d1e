package io.canale.shared.mongo.indexes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * What a query asks of a collection's indexes, without its values: each filtered field with the kind of
 * its condition, the alternatives of each {@code $or}, and the sort. Two queries that differ only in their
 * values have the same shape.
 *
 * @param orGroups each {@code $or} of the filter, as its alternatives (each a shape of its own)
 */
record QueryShape(String collection, String operation, Map<String, Kind> fields, List<List<QueryShape>> orGroups,
        List<SortKey> sort) {

    QueryShape {
        fields = new TreeMap<>(fields);
        orGroups = List.copyOf(orGroups.stream().map(List::copyOf).toList());
        sort = List.copyOf(sort);
    }

    /** The condition on one field, as an index sees it. */
    enum Kind {
        /** A single value (including null and an embedded document). */
        EQUALITY,
        /** One of several values: index points, like equality (several merge into one sorted scan). */
        IN,
        /** An interval ({@code $gt}, {@code $lte}, ...). */
        RANGE,
        /** A case-sensitive pattern anchored at the start: an interval. */
        PREFIX,
        /** Any other pattern (contains, case-insensitive): the whole index is read, the keys filtered. */
        PATTERN,
        /** {@code $exists}: bounds the index, but hardly selects. */
        EXISTS,
        /** {@code $ne}, {@code $nin}, {@code $not}: everything but some values. */
        NEGATION,
        /** Anything an index cannot bound ({@code $size}, {@code $type}, {@code $expr}, ...). */
        OTHER;

        boolean equality() {
            return this == EQUALITY || this == IN;
        }

        /** Whether the condition, on an index key, narrows what the index scan reads. */
        boolean selective() {
            return this == EQUALITY || this == IN || this == RANGE || this == PREFIX;
        }

        /** Whether an index on the field can bound its scan with this condition. */
        boolean bounding() {
            return this != OTHER;
        }

        /** The stronger of two conditions on the same field (both apply). */
        Kind and(Kind other) {
            return ordinal() <= other.ordinal() ? this : other;
        }
    }

    record SortKey(String field, int direction) {

        @Override
        public String toString() {
            return field + ": " + direction;
        }
    }

    /** This shape's conditions together with those of one of its {@code $or} alternatives. */
    QueryShape and(QueryShape alternative) {
        Map<String, Kind> merged = new TreeMap<>(fields);
        alternative.fields.forEach((field, kind) -> merged.merge(field, kind, Kind::and));
        List<List<QueryShape>> groups = new ArrayList<>(alternative.orGroups);
        return new QueryShape(collection, operation, merged, groups, sort);
    }

    /** Whether the filter constrains nothing (the query reads the whole collection, or all in sort order). */
    boolean unfiltered() {
        return fields.values().stream().noneMatch(Kind::bounding) && orGroups.isEmpty();
    }

    Document toDocument() {
        Document filter = filterDocument();
        Document sortDocument = new Document();
        sort.forEach(key -> sortDocument.append(key.field(), key.direction()));
        return new Document("collection", collection).append("operation", operation).append("filter", filter)
                .append("sort", sortDocument);
    }

    private Document filterDocument() {
        Document filter = new Document();
        fields.forEach((field, kind) -> filter.append(field, kind.name()));
        if (!orGroups.isEmpty()) {
            filter.append("$or", orGroups.stream()
                    .map(group -> group.stream().map(QueryShape::filterDocument).toList()).toList());
        }
        return filter;
    }

    @SuppressWarnings("unchecked")
    static QueryShape fromDocument(Document document) {
        List<SortKey> sort = new ArrayList<>();
        document.get("sort", Document.class).forEach((field, direction) ->
                sort.add(new SortKey(field, ((Number) direction).intValue())));
        return fromFilter(document.getString("collection"), document.getString("operation"),
                document.get("filter", Document.class), sort);
    }

    @SuppressWarnings("unchecked")
    private static QueryShape fromFilter(String collection, String operation, Document filter, List<SortKey> sort) {
        Map<String, Kind> fields = new TreeMap<>();
        List<List<QueryShape>> groups = new ArrayList<>();
        filter.forEach((key, value) -> {
            if (key.equals("$or")) {
                for (List<Document> group : (List<List<Document>>) value) {
                    groups.add(group.stream().map(alternative -> fromFilter(collection, operation, alternative, List.of())).toList());
                }
            } else {
                fields.put(key, Kind.valueOf((String) value));
            }
        });
        return new QueryShape(collection, operation, fields, groups, sort);
    }

    @Override
    public String toString() {
        return collection + " " + operation + " " + filterDocument().toJson() + (sort.isEmpty() ? "" : " sort " + sort);
    }
}
