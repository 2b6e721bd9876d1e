package io.canale.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Orders as purchases, for capabilities that pay on them (incentives): what a dealer received, when, at which frozen
 * prices, and what it has on order. System reads: the caller of these decides itself who may learn of them.
 */
@Service
public class DeliveredOrders {

    /** A line as delivered (or, for an open order, as confirmed or else ordered). */
    public record PurchasedLine(int line, String sku, int quantity, BigDecimal unitPrice, String currency) {

        public BigDecimal value() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
    }

    /**
     * An order of a dealer; {@code deliveredAt} is null while it is open; a replacement is free of charge. {@code delivery}
     * counts the times it became DELIVERED (1, or more when a carrier corrected a delivery and delivered again): each
     * delivery is a purchase of its own, dated when it happened.
     */
    public record Purchased(String orderId, String dealerId, Instant deliveredAt, int delivery, boolean replacement,
            List<PurchasedLine> lines) {
    }

    /** The timeline event of an order becoming DELIVERED (again after a correction). */
    static final String DELIVERED_EVENT = "ORDER_DELIVERED";

    private static final List<Order.Status> OPEN = List.of(Order.Status.SUBMITTED, Order.Status.CONFIRMED,
            Order.Status.PARTIALLY_CONFIRMED, Order.Status.SHIPPED);

    private final MongoOperations mongo;

    DeliveredOrders(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The order if it is delivered. */
    public Optional<Purchased> delivered(String orderId) {
        return Optional.ofNullable(mongo.findById(orderId, Order.class)).filter(order -> order.status() == Order.Status.DELIVERED)
                .map(DeliveredOrders::purchased);
    }

    /** One line of an order, at its frozen price, whatever the order's state. */
    public Optional<PurchasedLine> line(String orderId, int line) {
        return Optional.ofNullable(mongo.findById(orderId, Order.class)).flatMap(order -> order.lines().stream()
                .filter(l -> l.line() == line).findFirst().map(l -> new PurchasedLine(l.line(), l.sku(), l.quantity(),
                        l.unitPrice().amount(), l.unitPrice().currency())));
    }

    /**
     * Every order delivered in [from, to), read through the orders with a delivery in that range (index
     * {@code delivered_at}); an order delivered again later counts at its last delivery.
     */
    public List<Purchased> deliveredBetween(Instant from, Instant to) {
        return delivered(Criteria.where("status").is(Order.Status.DELIVERED), from, to);
    }

    /** A dealer's orders delivered in [from, to) (index {@code dealer_delivered_at}). */
    public List<Purchased> deliveredBetween(String dealerId, Instant from, Instant to) {
        return delivered(Criteria.where("dealerId").is(dealerId).and("status").is(Order.Status.DELIVERED), from, to);
    }

    private List<Purchased> delivered(Criteria which, Instant from, Instant to) {
        // In batches: the embedded store answers a find in one reply unless asked for batches, and a period's orders can
        // exceed the driver's 48 MB reply limit (real MongoDB stops each batch at 16 MB itself).
        Query query = Query.query(which.and("timeline").elemMatch(Criteria.where("event").is(DELIVERED_EVENT).and("at").gte(from).lt(to)))
                .cursorBatchSize(1_000);
        List<Purchased> delivered = new ArrayList<>();
        for (Order order : mongo.find(query, Order.class)) {
            Purchased purchased = purchased(order);
            if (purchased.deliveredAt() != null && !purchased.deliveredAt().isBefore(from) && purchased.deliveredAt().isBefore(to)) {
                delivered.add(purchased);
            }
        }
        return delivered;
    }

    /** The numbers of these orders (e.g. 2026-000042), by id; an order without a number (or unknown) is left out. */
    public Map<String, String> numbersOf(Collection<String> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        Query query = Query.query(Criteria.where("_id").in(orderIds));
        query.fields().include("number");
        Map<String, String> numbers = new HashMap<>();
        mongo.find(query, org.bson.Document.class, mongo.getCollectionName(Order.class)).forEach(found -> {
            if (found.getString("number") != null) {
                numbers.put(found.getString("_id"), found.getString("number"));
            }
        });
        return numbers;
    }

    /** A dealer's orders not delivered yet and not refused or cancelled: what it has on order. */
    public List<Purchased> open(String dealerId) {
        Query query = Query.query(Criteria.where("parties.partnerId").is(dealerId).and("status").in(OPEN))
                .with(Sort.by(Sort.Direction.DESC, "createdAt"));
        return mongo.find(query, Order.class).stream().filter(order -> dealerId.equals(order.dealerId())).map(DeliveredOrders::purchased)
                .toList();
    }

    private static Purchased purchased(Order order) {
        List<Instant> deliveries = order.timeline().stream().filter(entry -> DELIVERED_EVENT.equals(entry.event())).map(entry -> entry.at())
                .toList();
        Instant deliveredAt = order.status() != Order.Status.DELIVERED ? null
                : deliveries.isEmpty() ? order.audit().updatedAt() : deliveries.getLast();
        List<PurchasedLine> lines = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            int quantity = line.confirmedQuantity() != null ? line.confirmedQuantity() : line.quantity();
            if (quantity > 0) {
                lines.add(new PurchasedLine(line.line(), line.sku(), quantity, line.unitPrice().amount(), line.unitPrice().currency()));
            }
        }
        return new Purchased(order.id(), order.dealerId(), deliveredAt, Math.max(1, deliveries.size()), order.replacementFor() != null, lines);
    }
}
