package io.canale.portal.order;

import io.canale.portal.api.PartnerRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Goods of one order on their way with one carrier, and what happened to them (oldest first). */
record Shipment(String id, String orderId, PartnerRef carrier, int packages, Order.DeliveryAddress deliveryAddress,
        LocalDate requestedDate, Status status, List<Event> events) {

    enum Status {
        READY, IN_TRANSIT, EXCEPTION, DELIVERED
    }

    enum EventType {
        PICKED_UP, IN_TRANSIT, DELIVERED, EXCEPTION
    }

    /** One event; {@code location}, {@code recipientName} and {@code reason} belong to one type each. */
    record Event(String eventId, EventType type, Instant occurredAt, String location, String recipientName,
            String reason) {
    }
}
