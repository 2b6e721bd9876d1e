package io.canale.order;

import io.canale.security.Caller;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Order lines for other capabilities, read through the same access rules as the orders themselves. */
@Service
public class OrderLines {

    private final Orders orders;

    OrderLines(Orders orders) {
        this.orders = orders;
    }

    /** The line, if the order exists, the caller may read it, and it has that line; otherwise empty ("not found"). */
    public Optional<OrderedLine> find(Caller caller, String orderId, int line) {
        return orders.find(caller, orderId).flatMap(order -> order.lines().stream().filter(l -> l.line() == line).findFirst()
                .map(l -> new OrderedLine(order.id(), l.line(), order.dealerId(), order.supplierId(), l.sku(), l.name(),
                        l.quantity(), deliveredAt(order), order.carrierIds())));
    }

    /** The carrier of one of the order's shipments, if the caller may read the order and it has that shipment. */
    public Optional<String> carrierOf(Caller caller, String orderId, String shipmentId) {
        return orders.find(caller, orderId).flatMap(order -> order.shipments().stream()
                .filter(shipment -> shipment.id().equals(shipmentId)).findFirst().map(Shipment::carrierId));
    }

    private static Instant deliveredAt(Order order) {
        return order.shipments().stream().filter(shipment -> !shipment.returning())
                .flatMap(shipment -> shipment.events().stream())
                .filter(event -> event.type() == Shipment.EventType.DELIVERED)
                .map(Shipment.Event::occurredAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }
}
