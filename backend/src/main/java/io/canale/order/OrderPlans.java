package io.canale.order;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.mongodb.ErrorCategory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
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
     * Stores the plans in one unordered bulk write; answers the group ids of those a concurrent submission with the
     * same key stored first (not stored by this call).
     */
    java.util.Set<String> storeAll(List<OrderPlan> plans) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        if (plans.isEmpty()) {
            return taken;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, OrderPlan.class).insert(plans).execute();
        } catch (BulkOperationException collided) {
            collided.getErrors().forEach(error -> {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw collided;
                }
                taken.add(plans.get(error.getIndex()).groupId());
            });
        }
        return taken;
    }

    /** The stored plans among these groups, in one read. */
    List<OrderPlan> findAll(java.util.Collection<String> groupIds) {
        return groupIds.isEmpty() ? List.of() : mongo.find(Query.query(Criteria.where("_id").in(groupIds)), OrderPlan.class);
    }

    /**
     * {@link #complete} for many plans with one bulk insert of their orders and one delete of the plans: answers each
     * group's orders in id order, by group id.
     */
    java.util.Map<String, List<Order>> completeAll(List<OrderPlan> plans) {
        if (plans.isEmpty()) {
            return java.util.Map.of();
        }
        List<Order> orders = new java.util.ArrayList<>();
        for (OrderPlan plan : plans) {
            plan.orders().forEach(planned -> orders.add(
                    plan.order(planned, planned.number() == null ? numbers.next(plan.at()) : planned.number())));
        }
        java.util.Map<String, List<Order>> byGroup = new java.util.LinkedHashMap<>();
        store.insertAllOnce(orders).forEach(order -> byGroup.computeIfAbsent(order.groupId(), g -> new java.util.ArrayList<>()).add(order));
        byGroup.values().forEach(group -> group.sort(java.util.Comparator.comparing(Order::id)));
        mongo.remove(Query.query(Criteria.where("_id").in(plans.stream().map(OrderPlan::groupId).toList())), OrderPlan.class);
        return byGroup;
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
