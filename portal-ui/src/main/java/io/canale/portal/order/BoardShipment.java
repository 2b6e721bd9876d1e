package io.canale.portal.order;

import java.time.Instant;
import java.util.List;

/** A shipment as the board shows it: no prices and no end customer, whoever reads it. */
record BoardShipment(String id, String orderId, PartnerRef carrier, int packages, DeliveryAddress deliveryAddress,
        String requestedDate, Status status, List<Event> events) {

    enum Status {
        READY, IN_TRANSIT, EXCEPTION, DELIVERED
    }

    record PartnerRef(String id, String name) {
    }

    record DeliveryAddress(String recipient, String street, String postalCode, String city, String country) {
    }

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

    BoardShipment {
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** The newest event, or null while the shipment waits for the carrier. */
    Event lastEvent() {
        return events.isEmpty() ? null : events.getLast();
    }

    List<ShipmentEventType> legalEvents() {
        boolean pickedUp = events.stream().anyMatch(event -> event.type() == ShipmentEventType.PICKED_UP);
        return ShipmentEventType.legalNext(status, pickedUp);
    }
}
