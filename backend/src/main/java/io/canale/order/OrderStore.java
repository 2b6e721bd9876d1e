package io.canale.order;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import io.canale.partner.PartnerDirectory;
import org.springframework.stereotype.Component;

/**
 * Writes order documents, then publishes the events the change recorded: a listener never hears of a change
 * that was not stored.
 */
@Component
class OrderStore {

    private final MongoOperations mongo;
    private final ApplicationEventPublisher publisher;
    private final PartnerDirectory partners;

    OrderStore(MongoOperations mongo, ApplicationEventPublisher publisher, PartnerDirectory partners) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.partners = partners;
    }

    /** Inserts a new order; one with the same id (a replayed submission) is returned as stored. */
    Order insertOnce(Order order) {
        return insertOnce(List.of(order)).getFirst();
    }

    /**
     * Inserts new orders one by one, each with the names its parties sort by (read once for all); one with the same id
     * as a stored order (a replayed submission) is answered as stored.
     */
    List<Order> insertOnce(List<Order> orders) {
        java.util.Set<String> partyIds = new java.util.HashSet<>();
        orders.forEach(order -> {
            partyIds.add(order.dealerId());
            partyIds.add(order.supplierId());
        });
        java.util.Map<String, String> names = partners.namesOf(partyIds);
        return orders.stream().map(order -> {
            order.partyNames(names.get(order.dealerId()), names.get(order.supplierId()));
            return insertNamed(order);
        }).toList();
    }

    private Order insertNamed(Order order) {
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
        if (order.lacksSortKeys()) { // read before the start-up backfill reached it: the save would drop the keys
            java.util.Map<String, String> names = partners.namesOf(List.of(order.dealerId(), order.supplierId()));
            order.partyNames(names.get(order.dealerId()), names.get(order.supplierId()));
            order.refreshSortKeys();
        }
        List<Object> events = order.drainEvents();
        Order saved = mongo.save(order);
        events.forEach(publisher::publishEvent);
        return saved;
    }
}
