package io.canale.order;

import io.canale.shared.mongo.Backfills;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * At start until it has completed once on the store ({@link Backfills}), numbers the orders stored before order numbers existed, oldest first, in the year each was
 * submitted. Idempotent and safe on several nodes at once: an order is only numbered while it has no number (a node
 * that loses the race leaves a gap in the sequence, never a second number). Only that field is set: no new version,
 * no audit entry, as for other backfills.
 */
@Component
class OrderNumberBackfill {

    /** Orders numbered per query; the query runs again until none is left. */
    static final int BATCH = 500;

    private final MongoOperations mongo;
    private final OrderNumbers numbers;
    private final java.time.Clock clock;
    private final Backfills backfills;

    OrderNumberBackfill(MongoOperations mongo, OrderNumbers numbers, java.time.Clock clock, Backfills backfills) {
        this.mongo = mongo;
        this.numbers = numbers;
        this.clock = clock;
        this.backfills = backfills;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        backfills.runAtStart("order-numbers", this::numberOldOrders);
    }

    /** Numbers what is unnumbered; answers how many orders it found without a number. */
    int numberOldOrders() {
        int found = 0;
        List<Order> unnumbered;
        do {
            Query query = Query.query(Criteria.where("number").exists(false)).with(Sort.by("createdAt", "_id")).limit(BATCH);
            query.fields().include("_id", "createdAt");
            unnumbered = mongo.find(query, Order.class);
            for (Order order : unnumbered) {
                found++;
                String number = numbers.next(order.createdAt() == null ? clock.instant() : order.createdAt());
                // The number sort's key with it: an order given "" by OrderSortKeysBackfill sorts by its number from now on.
                mongo.updateFirst(Query.query(Criteria.where("_id").is(order.id()).and("number").exists(false)),
                        new Update().set("number", number).set("sortNumber", Order.sortNumberOf(number)), "orders");
            }
        } while (unnumbered.size() == BATCH);
        return found;
    }
}
