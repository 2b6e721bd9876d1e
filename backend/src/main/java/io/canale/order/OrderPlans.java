package io.canale.order;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Stores split plans before their orders and completes them: on the retry of a submission, and on every node
 * for plans a crash left behind, so no submission stays split halfway even when nobody retries it.
 */
@Component
class OrderPlans {

    private static final Logger log = LoggerFactory.getLogger(OrderPlans.class);
    /** Older than any submission still writing its orders (a few writes, well under a second). */
    static final Duration STALE_AFTER = Duration.ofMinutes(1);

    private final MongoOperations mongo;
    private final OrderStore store;
    private final Clock clock;
    private final OrderNumbers numbers;

    OrderPlans(MongoOperations mongo, OrderStore store, Clock clock, OrderNumbers numbers) {
        this.mongo = mongo;
        this.store = store;
        this.clock = clock;
        this.numbers = numbers;
    }

    Optional<OrderPlan> find(String groupId) {
        return Optional.ofNullable(mongo.findById(groupId, OrderPlan.class));
    }

    /** Stores the plan; empty when a concurrent submission with the same key stored one first. */
    Optional<OrderPlan> store(OrderPlan plan) {
        try {
            return Optional.of(mongo.insert(plan));
        } catch (DuplicateKeyException concurrent) {
            return Optional.empty();
        }
    }

    /**
     * Writes every order of the plan not written yet (ids are fixed, so a repeat writes nothing twice), then drops the
     * plan. Answers in id order, as a replay of a completed group does.
     */
    List<Order> complete(OrderPlan plan) {
        List<Order> orders = store.insertOnce(plan.orders().stream()
                .map(planned -> plan.order(planned, planned.number() == null ? numbers.next(plan.at()) : planned.number())).toList())
                .stream().sorted(java.util.Comparator.comparing(Order::id)).toList();
        mongo.remove(Query.query(Criteria.where("_id").is(plan.groupId())), OrderPlan.class);
        return orders;
    }

    @Scheduled(fixedDelayString = "${canale.orders.plan-sweep:PT1M}", initialDelayString = "PT20S")
    void completeStale() {
        Query stale = Query.query(Criteria.where("at").lt(clock.instant().minus(STALE_AFTER))).limit(100);
        for (OrderPlan plan : mongo.find(stale, OrderPlan.class)) {
            try {
                complete(plan);
                log.info("Completed order group {} left halfway ({} orders)", plan.groupId(), plan.orders().size());
            } catch (RuntimeException ex) { // one bad plan must not keep the others waiting
                log.warn("Could not complete order group {}: {}", plan.groupId(), ex.toString());
            }
        }
    }
}
