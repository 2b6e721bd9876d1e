package io.canale.shared;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Keyset paging for every connection: one query per page whatever its size, never skip/offset. The sort
 * must end with a unique key so that the keyset is total.
 *
 * <p>Page sizes and cursors reach this class already checked at the API's edge (the GraphQL layer refuses a
 * {@code first} out of range and an {@code after} of another connection, see
 * {@code io.canale.shared.graphql.PagingArguments}); it checks them again because a position that does
 * not name exactly this sort's keys would page through the wrong order.
 *
 * <p>Spring Data's keyset scroll sorts the id ascending whatever the sort says of it (it sets {@code _id: 1}
 * after the sort's keys), so the index that serves a connection sorted newest first is
 * {@code {createdAt: -1, _id: 1}}, not {@code {createdAt: -1, _id: -1}} (IndexCoverageIT checks each).
 */
public final class Pages {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private Pages() {
    }

    /**
     * The one page-size rule of the API: {@code first} between 1 and {@link #MAX_SIZE}, the default when
     * absent.
     */
    public static int size(Integer first) {
        if (first == null) {
            return DEFAULT_SIZE;
        }
        if (first < 1 || first > MAX_SIZE) {
            throw new InvalidInputException("first", UserErrorCode.INVALID, "first must be between 1 and " + MAX_SIZE);
        }
        return first;
    }

    public static <T> Window<T> scroll(MongoOperations mongo, Query query, Sort sort, ScrollSubrange subrange,
            Class<T> type) {
        int size = size(subrange.count().isPresent() ? subrange.count().getAsInt() : null);
        ScrollPosition position = subrange.position().orElse(ScrollPosition.keyset());
        if (!(position instanceof KeysetScrollPosition keyset) || !keyset.scrollsForward()
                || !(keyset.isInitial() || keyset.getKeys().keySet().equals(keysOf(mongo, sort, type)))) {
            throw new InvalidCursorException();
        }
        return mongo.scroll(query.with(sort).with(keyset).limit(size), type);
    }

    /** An empty page, for a caller who may not list the records at all where that is no error (global search). */
    public static <T> Window<T> none() {
        return Window.from(java.util.List.of(), index -> ScrollPosition.keyset());
    }

    /** The properties a position of this sort names: the sort's own and the id, which makes it total. */
    private static Set<String> keysOf(MongoOperations mongo, Sort sort, Class<?> type) {
        Set<String> keys = new LinkedHashSet<>();
        sort.forEach(order -> keys.add(order.getProperty()));
        MongoPersistentProperty id = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type)
                .getIdProperty();
        if (id != null) {
            keys.add(id.getName());
        }
        return keys;
    }
}
