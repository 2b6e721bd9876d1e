package io.canale.portal.order;

import io.canale.portal.ShortLabels;
import io.canale.portal.api.EndCustomer;
import io.canale.portal.api.Money;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.TimelineEntry;
import java.time.LocalDate;
import java.util.List;

/**
 * A dealer's order to one supplier, as the API returns it, with what the reader may do with it
 * ({@code viewerCan}). Lists read only their columns' fields; the others are then null. {@code total} is null
 * for readers without prices, {@code endCustomer} for suppliers. {@code nextStep} and its words
 * {@code nextStepText} say what happens next (the supplier's list).
 */
@SchemaType
public record Order(String id, String number, String groupId, OrderStatus status, PartnerRef dealer, PartnerRef supplier,
        List<OrderLine> lines, Money total, LocalDate requestedDate, DeliveryAddress deliveryAddress,
        List<Shipment> shipments, EndCustomer endCustomer, List<TimelineEntry> timeline, int version,
        OrderActions viewerCan, OrderNextStep nextStep, String nextStepText) {

    /** Where an order (and its shipments) goes; a draft's may be incomplete. */
    @SchemaType
    record DeliveryAddress(String recipient, String street, String postalCode, String city, String country) {
    }


    /** What tells the order apart on screen: its number (2026-000123); the end of the opaque id only until it has one. */
    public String label() {
        return number == null ? shortLabel(id) : number;
    }

    /** A short label of the submission the order came from; the orders of one split submission share it. */
    String submissionLabel() {
        return shortLabel(groupId);
    }

    /** Units ordered over all lines. */
    int orderedUnits() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }

    private static String shortLabel(String opaqueId) {
        return ShortLabels.of(opaqueId);
    }
}
