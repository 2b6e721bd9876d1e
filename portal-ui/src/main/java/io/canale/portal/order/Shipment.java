package io.canale.portal.order;

import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.SchemaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Goods of one order on their way with one carrier, and what happened to them (oldest first), with what the
 * reader may do with it ({@code viewerCan}). The board, the order's page and the supplier's screen read it;
 * it carries no prices and no end customer, whoever reads it.
 */
@SchemaType
public record Shipment(String id, String orderId, String orderNumber, PartnerRef carrier, int packages, Order.DeliveryAddress deliveryAddress,
        LocalDate requestedDate, Status status, List<Event> events, ShipmentActions viewerCan) {

    /** Labels are the {@code shipmentStatus.*} messages; service cases show it for return shipments too. */
    @SchemaType("ShipmentStatus")
    public enum Status {
        READY, IN_TRANSIT, EXCEPTION, DELIVERED
    }

    /** One event; {@code location}, {@code recipientName} and {@code reason} belong to one type each. */
    @SchemaType("ShipmentEvent")
    record Event(String eventId, ShipmentEventType type, Instant occurredAt, String location, String recipientName,
            String reason) {

        /** The event's detail (where, to whom, what went wrong), or null. */
        String detail() {
            return switch (type) {
                case PICKED_UP -> null;
                case IN_TRANSIT -> location;
                case DELIVERED -> recipientName;
                case EXCEPTION -> reason;
            };
        }
    }

    public Shipment {
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** The newest event, or null while the shipment waits for the carrier. */
    Event lastEvent() {
        return events.isEmpty() ? null : events.getLast();
    }

    /** The events the reader may report now, in the order they happen, as the API answered them. */
    List<ShipmentEventType> legalEvents() {
        return viewerCan == null ? List.of() : viewerCan.events();
    }
}
