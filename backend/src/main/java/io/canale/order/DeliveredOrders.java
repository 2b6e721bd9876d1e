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

    /** An order of a dealer; {@code deliveredAt} is null while it is open; a replacement is free of charge. */
    public record Purchased(String orderId, String dealerId, Instant deliveredAt, boolean replacement, List<PurchasedLine> lines) {
    }

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
     * Every order delivered in [from, to): read through the delivered orders created before {@code to} (an order is
     * delivered after it was created), newest first.
     */
    public List<Purchased> deliveredBetween(Instant from, Instant to) {
        Query query = Query.query(Criteria.where("status").is(Order.Status.DELIVERED).and("createdAt").lt(to))
                .with(Sort.by(Sort.Direction.DESC, "createdAt"));
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
        Instant deliveredAt = order.status() != Order.Status.DELIVERED ? null : order.timeline().stream()
                .filter(entry -> "ORDER_DELIVERED".equals(entry.event())).map(entry -> entry.at()).findFirst()
                .orElse(order.audit().updatedAt());
        List<PurchasedLine> lines = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            int quantity = line.confirmedQuantity() != null ? line.confirmedQuantity() : line.quantity();
            if (quantity > 0) {
                lines.add(new PurchasedLine(line.line(), line.sku(), quantity, line.unitPrice().amount(), line.unitPrice().currency()));
            }
        }
        return new Purchased(order.id(), order.dealerId(), deliveredAt, order.replacementFor() != null, lines);
    }
}
