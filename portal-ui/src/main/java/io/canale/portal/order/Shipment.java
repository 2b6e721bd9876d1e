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
        LocalDate requestedDate, Status status, List<Event> events, ShipmentActions viewerCan, PickUpPoint pickUp,
        Instant correctableUntil, ProofOfDelivery proofOfDelivery) {

    /** Where the carrier collects the goods: who, and the address when the partner gave one. */
    @SchemaType
    record PickUpPoint(String name, String street, String postalCode, String city, String country) {

        boolean hasAddress() {
            return street != null && city != null;
        }
    }

    /** The carrier's photo of the delivered goods, downloaded through the portal with the reader's token. */
    @SchemaType
    record ProofOfDelivery(String fileName, String contentType, long size, Instant uploadedAt, String downloadPath) {
    }

    /** Labels are the {@code shipmentStatus.*} messages; service cases show it for return shipments too. */
    @SchemaType("ShipmentStatus")
    public enum Status {
        READY, IN_TRANSIT, EXCEPTION, DELIVERED
    }

    /** One event; {@code location}, {@code recipientName} and {@code reason} belong to one type each. */
    @SchemaType("ShipmentEvent")
    record Event(String eventId, ShipmentEventType type, Instant occurredAt, String location, String recipientName,
            String reason, Instant recordedAt, String corrects, String correctedBy) {

        /** Replaced by a later correction (it stays in the list, struck through). */
        boolean corrected() {
            return correctedBy != null;
        }

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

    /** The newest event as it stands (a correction replaces the event it corrects), or null while the shipment waits. */
    Event lastEvent() {
        List<Event> standing = events.stream().filter(event -> !event.corrected()).toList();
        return standing.isEmpty() ? null : standing.getLast();
    }

    /** What the last event may be corrected into, as the API answered it (empty when the reader may not correct it). */
    List<ShipmentEventType> correctionEvents() {
        return viewerCan == null || !viewerCan.correctLastEvent() ? List.of() : viewerCan.correctionEvents();
    }

    /** The events the reader may report now, in the order they happen, as the API answered them. */
    List<ShipmentEventType> legalEvents() {
        return viewerCan == null ? List.of() : viewerCan.events();
    }
}
