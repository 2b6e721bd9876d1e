package io.canale.routing;

import java.time.Clock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** Loads and stores the one routing-rule book, creating it empty on first use. */
@Component
class RoutingRules {

    private final MongoOperations mongo;
    private final Clock clock;

    RoutingRules(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    RoutingRuleBook current() {
        RoutingRuleBook book = mongo.findById(RoutingRuleBook.DEFAULT, RoutingRuleBook.class);
        if (book != null) {
            return book;
        }
        try {
            return mongo.insert(RoutingRuleBook.empty(clock.instant()));
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return mongo.findById(RoutingRuleBook.DEFAULT, RoutingRuleBook.class);
        }
    }

    /**
     * The rules as stored, without creating the book: no book routes like an empty one. For routing's cache,
     * whose loader must not write (the write's event would empty the cache while it is being filled).
     */
    List<RoutingRule> stored() {
        RoutingRuleBook book = mongo.findById(RoutingRuleBook.DEFAULT, RoutingRuleBook.class);
        return book == null ? List.of() : book.rules();
    }

    RoutingRuleBook save(RoutingRuleBook book) {
        return mongo.save(book);
    }
}
