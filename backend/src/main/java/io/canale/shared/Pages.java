package io.canale.shared;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Keyset paging for every connection: one query per page whatever its size, never skip/offset. The sort
 * must end with a unique key so that the keyset is total.
 */
public final class Pages {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private Pages() {
    }

    public static <T> Window<T> scroll(MongoOperations mongo, Query query, Sort sort, ScrollSubrange subrange,
            Class<T> type) {
        int size = subrange.count().orElse(DEFAULT_SIZE);
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("first", UserErrorCode.INVALID,
                    "first must be between 1 and " + MAX_SIZE);
        }
        ScrollPosition position = subrange.position().orElse(ScrollPosition.keyset());
        if (!(position instanceof KeysetScrollPosition keyset)) {
            throw new InvalidInputException("after", UserErrorCode.INVALID, "the cursor is not valid here");
        }
        return mongo.scroll(query.with(sort).with(keyset).limit(size), type);
    }
}
