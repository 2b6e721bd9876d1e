package io.canale.shared;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Records of one kind that wait for a caller: how many, and the first few, the most urgent first. The capability that
 * owns the records builds it from the condition the access policy allows; nothing is read until asked, so a count
 * costs one query (served by an index) and the first items one more.
 */
public interface Todos {

    long count();

    List<TodoItem> first(int size);

    /** The records of {@code type} matching {@code criteria}, counted with one query and listed in {@code order}. */
    static <T> Todos matching(MongoOperations mongo, Criteria criteria, Sort order, Class<T> type, Function<T, TodoItem> item) {
        return new Todos() {
            @Override
            public long count() {
                return mongo.count(Query.query(criteria), type);
            }

            @Override
            public List<TodoItem> first(int size) {
                return mongo.find(Query.query(criteria).with(order).limit(size), type).stream().map(item).toList();
            }
        };
    }
}
