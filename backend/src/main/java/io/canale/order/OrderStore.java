package io.canale.order;

import com.mongodb.ErrorCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

    /**
     * Inserts new orders in one unordered bulk write; those whose id is stored already (a replayed submission, or a
     * concurrent retry of the same one) are returned as stored and tell nothing again. Answers the orders in the given order.
     */
    List<Order> insertAllOnce(List<Order> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        List<List<Object>> events = new ArrayList<>(orders.size());
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(Order.class);
        for (Order order : orders) {
            events.add(order.drainEvents());
            // The bulk write leaves the version to us; insert (one at a time) sets it so.
            entity.getPropertyAccessor(order).setProperty(entity.getRequiredVersionProperty(), 0L);
        }
        Set<Integer> stored = new HashSet<>();
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Order.class).insert(orders).execute();
        } catch (BulkOperationException collided) {
            collided.getErrors().forEach(error -> {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw collided;
                }
                stored.add(error.getIndex());
            });
        }
        Map<String, Order> earlier = new HashMap<>();
        if (!stored.isEmpty()) {
            List<String> ids = stored.stream().map(index -> orders.get(index).id()).toList();
            mongo.find(Query.query(Criteria.where("_id").in(ids)), Order.class).forEach(order -> earlier.put(order.id(), order));
        }
        List<Order> answered = new ArrayList<>(orders.size());
        for (int i = 0; i < orders.size(); i++) {
            if (stored.contains(i)) {
                answered.add(earlier.get(orders.get(i).id())); // published when it was first inserted
            } else {
                events.get(i).forEach(publisher::publishEvent);
                answered.add(orders.get(i));
            }
        }
        return answered;
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
