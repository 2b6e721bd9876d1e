package io.canale.order;

import io.canale.shared.mongo.Backfills;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * At start until it has completed once on the store ({@link Backfills}), gives orders stored before hand-overs recorded quantities their next step, and to those already
 * handed over the contents of their first delivery shipment: everything confirmed, as a hand-over then was
 * ({@link Order#adoptLegacyHandOvers}). Idempotent and safe on several nodes and beside live writes: an order is only
 * updated while it has no next step and still has the version read, so a concurrent change (which derives the same
 * fields itself) wins. Only these fields are set: no new version, no audit entry, as for other backfills.
 */
@Component
class HandOverBackfill {

    private final MongoOperations mongo;
    private final Backfills backfills;

    HandOverBackfill(MongoOperations mongo, Backfills backfills) {
        this.mongo = mongo;
        this.backfills = backfills;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        backfills.runAtStart("order-hand-overs", this::deriveNextSteps);
    }

    /** Derives what is missing; answers how many orders it found without a next step. */
    int deriveNextSteps() {
        return backfills.forEachPageWithout(Order.class, "nextStep", page -> page.forEach(this::deriveNextStep));
    }

    /** Only while the order still has no next step and the version read: a concurrent change derives the same itself. */
    private void deriveNextStep(Order order) {
        order.refreshNextStep();
        Criteria unchanged = Criteria.where("_id").is(order.id()).and("nextStep").exists(false).and("version").is(order.version());
        // The fields as the order's mapping stores them, written by collection name: no new version.
        org.bson.Document stored = new org.bson.Document();
        mongo.getConverter().write(order, stored);
        mongo.updateFirst(Query.query(unchanged), new Update().set("nextStep", stored.get("nextStep"))
                .set("lines", stored.get("lines")).set("handOvers", stored.get("handOvers")), mongo.getCollectionName(Order.class));
    }
}
