package io.canale.order;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.security.Scopes;
import io.canale.shared.Money;
import io.canale.shared.TodoItem;
import io.canale.shared.Todos;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Orders, drafts and shipments on the home: what waits for a dealer (drafts not submitted), a supplier (orders to
 * answer, to hand over) and a carrier (shipments to move), and the figures of each: a supplier's open lines and fill
 * rate, a carrier's shipments due today, late and with a problem, the channel's revenue for staff. Whose records
 * they are is the access policy's answer; every count and sum is one query on an index of {@link Order} or
 * {@link OrderDraft}.
 */
@Component
public class OrderWork {

    /** Orders whose lines the supplier has still to answer or to deliver. */
    private static final List<Order.Status> OPEN = List.of(Order.Status.SUBMITTED, Order.Status.CONFIRMED,
            Order.Status.PARTIALLY_CONFIRMED, Order.Status.SHIPPED);
    /** Orders the supplier answered. */
    private static final List<Order.Status> ANSWERED = List.of(Order.Status.CONFIRMED, Order.Status.PARTIALLY_CONFIRMED,
            Order.Status.REJECTED, Order.Status.SHIPPED, Order.Status.DELIVERED);
    /** How far back the fill rate looks, by requested date. */
    static final int FILL_RATE_DAYS = 90;
    /** How many months the channel's revenue shows, this one included. */
    static final int REVENUE_MONTHS = 6;

    private final MongoOperations mongo;
    private final AccessPolicy policy;
    private final Clock clock;

    OrderWork(MongoOperations mongo, AccessPolicy policy, Clock clock) {
        this.mongo = mongo;
        this.policy = policy;
        this.clock = clock;
    }

    // ---- what waits -----------------------------------------------------------------------------------------

    /** The dealer's drafts not submitted yet, newest first (index {@code dealer_open_newest}). */
    public Todos draftsToSubmit(Caller caller) {
        Criteria open = Criteria.where("dealerId").is(policy.submitsDraftsOf(caller))
                .and("status").in(OrderDraft.Status.OPEN, OrderDraft.Status.SUBMITTING).and("deletedAt").isNull();
        return Todos.matching(mongo, open, Sort.by(Sort.Direction.DESC, "createdAt"), OrderDraft.class,
                draft -> new TodoItem(draft.id(), draft.lines() == null || draft.lines().isEmpty() ? draft.id()
                        : draft.lines().getFirst().sku(), null));
    }

    /** The supplier's orders waiting for its answer, earliest requested date first (index {@code supplier_open_by_date}). */
    public Todos ordersToAnswer(Caller caller) {
        Criteria submitted = Criteria.where("supplierId").is(policy.suppliesOrdersAs(caller)).and("status").is(Order.Status.SUBMITTED);
        return Todos.matching(mongo, submitted, Sort.by("requestedDate"), Order.class, OrderWork::itemOf);
    }

    /**
     * The supplier's answered orders with confirmed goods not handed to a carrier yet (also after a partial hand-over),
     * earliest requested date first: the "to ship" filter of its orders list (index {@code supplier_step_by_date}).
     */
    public Todos ordersToHandOver(Caller caller) {
        Criteria confirmed = Criteria.where("supplierId").is(policy.suppliesOrdersAs(caller))
                .and("nextStep").is(Order.NextStep.TO_HAND_OVER);
        return Todos.matching(mongo, confirmed, Sort.by("requestedDate"), Order.class, OrderWork::itemOf);
    }

    /** An order named by its number and first product, e.g. "2026-000123 · Front brake pads". */
    private static TodoItem itemOf(Order order) {
        String product = order.lines().isEmpty() ? order.id() : order.lines().getFirst().name();
        return new TodoItem(order.id(), numbered(order.number(), product), dueAt(order.requestedDate()));
    }

    private static String numbered(String number, String name) {
        return number == null ? name : number + " · " + name;
    }

    /**
     * The carrier's shipments not delivered yet (picked up or waiting to be), earliest requested delivery first; each
     * item is a shipment, named by its order's number and delivery city. One aggregation over the orders it has goods of on the move
     * (index {@code moving_by_date}).
     */
    public Todos shipmentsToMove(Caller caller) {
        String carrierId = policy.carriesShipmentsAs(caller);
        return new Todos() {
            @Override
            public long count() {
                List<Document> counted = aggregate(moving(carrierId), Aggregation.group().count().as("count"));
                return counted.isEmpty() ? 0 : ((Number) counted.getFirst().get("count")).longValue();
            }

            @Override
            public List<TodoItem> first(int size) {
                return aggregate(moving(carrierId), Aggregation.limit(size),
                        Aggregation.project("requestedDate", "number").and("shipments._id").as("shipmentId")
                                .and("deliveryAddress.city").as("city")).stream()
                        .map(row -> new TodoItem(row.getString("shipmentId"), numbered(row.getString("number"), row.getString("city")),
                                dueAt(row.getString("requestedDate"))))
                        .toList();
            }
        };
    }

    /** The carrier's shipments still to move, one row each, earliest requested date first. */
    private static List<AggregationOperation> moving(String carrierId) {
        return List.of(Aggregation.match(Criteria.where("movingCarrierIds").is(carrierId)),
                Aggregation.sort(Sort.by("requestedDate")),
                Aggregation.unwind("shipments"),
                Aggregation.match(Criteria.where("shipments.carrierId").is(carrierId).and("shipments.events.type")
                        .ne(Shipment.EventType.DELIVERED.name())));
    }

    private List<Document> aggregate(List<AggregationOperation> head, AggregationOperation... tail) {
        List<AggregationOperation> stages = new ArrayList<>(head);
        stages.addAll(List.of(tail));
        // Untyped (the collection by name): the stages name stored fields, such as the shipments' '_id'.
        return mongo.aggregate(Aggregation.newAggregation(stages), mongo.getCollectionName(Order.class), Document.class).getMappedResults();
    }

    // ---- figures ----------------------------------------------------------------------------------------------

    /** Lines of the supplier's open orders it has not turned down, per order status (index {@code supplier_open_by_date}). */
    public Map<String, Long> openOrderLines(Caller caller) {
        String supplierId = policy.supplierFiguresOf(caller);
        Map<String, Long> byStatus = new java.util.LinkedHashMap<>();
        OPEN.forEach(status -> byStatus.put(status.name(), 0L));
        aggregate(List.of(Aggregation.match(Criteria.where("supplierId").is(supplierId).and("status").in(names(OPEN))),
                Aggregation.unwind("lines"), Aggregation.match(Criteria.where("lines.confirmedQuantity").ne(0))),
                Aggregation.group("status").count().as("count"))
                .forEach(row -> byStatus.put(row.getString("_id"), ((Number) row.get("count")).longValue()));
        return byStatus;
    }

    /**
     * Units the supplier confirmed as a share of the units ordered, over its answered orders requested in the last
     * {@value #FILL_RATE_DAYS} days: {confirmed, ordered}, or empty when it answered none.
     */
    public long[] fillRate(Caller caller) {
        String supplierId = policy.supplierFiguresOf(caller);
        String since = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(FILL_RATE_DAYS).toString();
        List<Document> sums = aggregate(List.of(Aggregation.match(Criteria.where("supplierId").is(supplierId).and("status").in(names(ANSWERED))
                        .and("requestedDate").gte(since)), Aggregation.unwind("lines")),
                Aggregation.group().sum("lines.quantity").as("ordered").sum("lines.confirmedQuantity").as("confirmed"));
        if (sums.isEmpty()) {
            return new long[0];
        }
        return new long[] {number(sums.getFirst().get("confirmed")), number(sums.getFirst().get("ordered"))};
    }

    /**
     * The carrier's deliveries still to move, per requested delivery date (ISO), oldest first. Returns are left out:
     * their order's requested date was the delivery's, long past.
     */
    public Map<String, Long> shipmentsByDate(Caller caller) {
        String carrierId = policy.carrierFiguresOf(caller);
        Map<String, Long> byDate = new TreeMap<>();
        aggregate(moving(carrierId), Aggregation.match(Criteria.where("shipments.direction").ne(Shipment.Direction.RETURN.name())),
                Aggregation.group("requestedDate").count().as("count"))
                .forEach(row -> byDate.put(row.getString("_id"), ((Number) row.get("count")).longValue()));
        return byDate;
    }

    /** The carrier's shipments still to move on which a problem was reported. */
    public long shipmentsWithProblems(Caller caller) {
        String carrierId = policy.carrierFiguresOf(caller);
        List<Document> counted = aggregate(moving(carrierId),
                Aggregation.match(Criteria.where("shipments.events.type").is(Shipment.EventType.EXCEPTION.name())),
                Aggregation.group().count().as("count"));
        return counted.isEmpty() ? 0 : ((Number) counted.getFirst().get("count")).longValue();
    }

    /** Today's date where the figures are computed (UTC), to compare with requested dates. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /**
     * The channel's revenue per month (the last {@value #REVENUE_MONTHS}, this one included) and currency: the value
     * of the orders placed in the month at their frozen prices, the confirmed quantity where the supplier answered,
     * cancelled and rejected orders left out. One aggregation over the orders of the period (index {@code newest}).
     */
    public Map<YearMonth, List<Money>> channelRevenue(Caller caller) {
        policy.readsChannelFigures(caller, Scopes.ORDERS_READ);
        YearMonth first = YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(REVENUE_MONTHS - 1L);
        Map<YearMonth, List<Money>> byMonth = new TreeMap<>();
        for (int i = 0; i < REVENUE_MONTHS; i++) {
            byMonth.put(first.plusMonths(i), new ArrayList<>());
        }
        Document lineValue = new Document("$multiply", List.of("$lines.unitPrice.amount",
                new Document("$ifNull", List.of("$lines.confirmedQuantity", "$lines.quantity"))));
        AggregationOperation group = context -> new Document("$group", new Document("_id",
                new Document("year", new Document("$year", "$createdAt")).append("month", new Document("$month", "$createdAt"))
                        .append("currency", "$lines.unitPrice.currency"))
                .append("total", new Document("$sum", lineValue)));
        aggregate(List.of(Aggregation.match(Criteria.where("createdAt").gte(java.util.Date.from(first.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                        .and("status").nin(names(List.of(Order.Status.CANCELLED, Order.Status.REJECTED)))), Aggregation.unwind("lines")), group)
                .forEach(row -> {
                    Document id = row.get("_id", Document.class);
                    YearMonth month = YearMonth.of(((Number) id.get("year")).intValue(), ((Number) id.get("month")).intValue());
                    List<Money> totals = byMonth.get(month);
                    if (totals != null) {
                        totals.add(new Money(decimal(row.get("total")), id.getString("currency")));
                    }
                });
        return byMonth;
    }

    private static List<String> names(List<Order.Status> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    /** A requested date as the start of that day in UTC, when the goods are due. */
    private static java.time.Instant dueAt(String requestedDate) {
        return requestedDate == null ? null : LocalDate.parse(requestedDate).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
