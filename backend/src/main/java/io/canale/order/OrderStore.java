package io.canale.order;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Writes order documents, then publishes the events the change recorded: a listener never hears of a change
 * that was not stored.
 */
@Component
class OrderStore {

    private final MongoOperations mongo;
    private final ApplicationEventPublisher publisher;

    OrderStore(MongoOperations mongo, ApplicationEventPublisher publisher) {
        this.mongo = mongo;
        this.publisher = publisher;
    }

    /** Inserts a new order; one with the same id (a replayed submission) is returned as stored. */
    Order insertOnce(Order order) {
        List<Object> events = order.drainEvents();
        try {
            Order inserted = mongo.insert(order);
            events.forEach(publisher::publishEvent);
            return inserted;
        } catch (DuplicateKeyException replay) {
            return mongo.findById(order.id(), Order.class); // published when it was first inserted
        }
    }

    /** Saves the order (versioned) and only then tells the rest of the application what changed. */
    Order save(Order order) {
        List<Object> events = order.drainEvents();
        Order saved = mongo.save(order);
        events.forEach(publisher::publishEvent);
        return saved;
    }
}
