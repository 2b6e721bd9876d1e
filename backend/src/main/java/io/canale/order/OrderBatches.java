package io.canale.order;

import io.canale.catalog.Catalog;
import io.canale.catalog.OrderableProduct;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.UserError;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Many submissions in one call, for partner systems: each input is checked, priced, split and made idempotent exactly as
 * {@link Orders#submit} does it, but the store is asked once per call rather than once per order — earlier submissions
 * of the keys, products and prices with {@code $in}, all order numbers in one findAndModify, plans and orders in one
 * bulk insert each. Crash-safe as one submission is: every input's plan is stored before any of its orders, so a retry
 * with the same keys (or the sweep) completes what a crash cut off and writes nothing twice.
 */
@Service
class OrderBatches {

    /** The most inputs in one call; the schema's {@code @maxItems} refuses more before anything runs. */
    static final int MAX_INPUTS = 100;

    /** One input: as submitOrder takes it. */
    record Submission(List<Orders.LineRequest> lines, String requestedDate, OrderParties.DeliveryAddress deliveryAddress,
            OrderParties.EndCustomer endCustomer, String idempotencyKey) {
    }

    /** What became of the input at {@code index}: its orders, or why it was refused (then nothing of it was stored). */
    record Outcome(int index, List<Order> orders, List<UserError> userErrors) {
    }

    private final Orders orders;
    private final OrderPlans plans;
    private final OrderNumbers numbers;
    private final DeliveryAddresses addresses;
    private final Catalog catalog;
    private final AccessPolicy policy;
    private final MongoOperations mongo;
    private final Clock clock;

    OrderBatches(Orders orders, OrderPlans plans, OrderNumbers numbers, DeliveryAddresses addresses, Catalog catalog,
            AccessPolicy policy, MongoOperations mongo, Clock clock) {
        this.orders = orders;
        this.plans = plans;
        this.numbers = numbers;
        this.addresses = addresses;
        this.catalog = catalog;
        this.policy = policy;
        this.mongo = mongo;
        this.clock = clock;
    }

    List<Outcome> submit(Caller caller, List<Submission> inputs, Locale locale) {
        policy.submitOrders(caller).enforce(); // the single submission's decision, once for the call
        if (inputs == null || inputs.isEmpty()) {
            throw new io.canale.shared.InvalidInputException("inputs", UserErrorCode.REQUIRED, "submit at least one order");
        }
        if (inputs.size() > MAX_INPUTS) { // the query limits refuse this first; kept for callers inside the backend
            throw new io.canale.shared.InvalidInputException("inputs", UserErrorCode.TOO_MANY, "at most " + MAX_INPUTS + " orders");
        }
        int count = inputs.size();
        Outcome[] outcomes = new Outcome[count];
        String[] groupIds = new String[count];
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < count; i++) {
            Submission input = inputs.get(i);
            UserErrors errors = new UserErrors();
            Orders.checkKey(input.idempotencyKey(), errors);
            Integer earlier = errors.isEmpty() && input.idempotencyKey() != null ? firstWithKey.putIfAbsent(input.idempotencyKey(), i) : null;
            if (earlier != null) {
                errors.add("input.idempotencyKey", UserErrorCode.DUPLICATE, "inputs." + earlier + " has the same key");
            }
            if (!errors.isEmpty()) {
                outcomes[i] = refused(i, errors);
            } else {
                groupIds[i] = Orders.groupIdOf(caller.partnerId(), input.idempotencyKey());
            }
        }
        Map<String, List<Order>> done = replays(inputs, groupIds, outcomes);

        // Every SKU of the inputs still to submit, read with the caller's prices once.
        Set<String> skus = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            if (outcomes[i] == null && !done.containsKey(groupIds[i])) {
                skus.addAll(Orders.skusOf(inputs.get(i).lines()));
            }
        }
        Map<String, OrderableProduct> products = skus.isEmpty() ? Map.of() : catalog.orderable(caller, skus, locale);
        List<Integer> fresh = new ArrayList<>();
        List<Map<String, List<OrderLine>>> splits = new ArrayList<>();
        int orderCount = 0;
        for (int i = 0; i < count; i++) {
            if (outcomes[i] != null || done.containsKey(groupIds[i])) {
                continue;
            }
            Submission input = inputs.get(i);
            UserErrors errors = new UserErrors();
            Map<String, String> supplierOfSku = new HashMap<>();
            List<OrderLine> lines = orders.checked(input.lines(), input.requestedDate(), input.deliveryAddress(), input.endCustomer(),
                    errors, supplierOfSku, wanted -> products);
            if (!errors.isEmpty()) {
                outcomes[i] = refused(i, errors);
                continue;
            }
            Map<String, List<OrderLine>> split = Orders.bySupplier(lines, supplierOfSku);
            fresh.add(i);
            splits.add(split);
            orderCount += split.size();
        }

        List<OrderPlan> planned = new ArrayList<>();
        if (!fresh.isEmpty()) {
            Instant at = clock.instant();
            Iterator<String> orderNumbers = numbers.next(at, orderCount).iterator(); // every number of the call in one draw
            for (int f = 0; f < fresh.size(); f++) {
                Submission input = inputs.get(fresh.get(f));
                planned.add(orders.plan(caller, groupIds[fresh.get(f)], input.idempotencyKey() != null, splits.get(f), orderNumbers, at,
                        input.requestedDate(), input.deliveryAddress(), input.endCustomer(), locale));
            }
        }
        Set<String> taken = plans.storeAll(planned);
        done.putAll(plans.completeAll(planned.stream().filter(plan -> !taken.contains(plan.groupId())).toList()));
        for (String groupId : taken) { // a concurrent submission with the same key stored its plan first: answer as a repeat
            done.put(groupId, orders.replay(groupId).orElseThrow(() -> new IllegalStateException("plan " + groupId + " vanished")));
        }
        if (!fresh.isEmpty()) { // the address of the call's last order is the one remembered, as one after the other would
            addresses.used(caller.partnerId(), inputs.get(fresh.getLast()).deliveryAddress());
        }
        List<Outcome> answered = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            answered.add(outcomes[i] != null ? outcomes[i] : new Outcome(i, done.getOrDefault(groupIds[i], List.of()), List.of()));
        }
        return answered;
    }

    /**
     * The orders of keyed inputs submitted before, by group: plans a crash left are completed (in one bulk write), groups
     * already complete are read in one query.
     */
    private Map<String, List<Order>> replays(List<Submission> inputs, String[] groupIds, Outcome[] outcomes) {
        List<String> keyed = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (outcomes[i] == null && inputs.get(i).idempotencyKey() != null) {
                keyed.add(groupIds[i]);
            }
        }
        if (keyed.isEmpty()) {
            return new HashMap<>();
        }
        List<OrderPlan> cutOff = plans.findAll(keyed);
        Map<String, List<Order>> done = new HashMap<>(plans.completeAll(cutOff));
        List<String> others = keyed.stream().filter(groupId -> !done.containsKey(groupId)).toList();
        if (!others.isEmpty()) {
            mongo.find(Query.query(Criteria.where("groupId").in(others)), Order.class)
                    .forEach(order -> done.computeIfAbsent(order.groupId(), g -> new ArrayList<>()).add(order));
            done.values().forEach(group -> group.sort(java.util.Comparator.comparing(Order::id)));
        }
        return done;
    }

    /** The input's errors, with paths from {@code inputs.N} instead of {@code input}. */
    private static Outcome refused(int index, UserErrors errors) {
        List<UserError> moved = errors.list().stream().map(error -> {
            List<String> field = new ArrayList<>(List.of("inputs", String.valueOf(index)));
            if (error.field() != null) {
                field.addAll(error.field().subList(1, error.field().size()));
            }
            return new UserError(field, error.code(), error.message());
        }).toList();
        return new Outcome(index, List.of(), moved);
    }
}
