package io.canale.portal.order;

import io.canale.portal.api.Money;
import io.canale.portal.api.PartnerRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A dealer's order to one supplier, as the API returns it. Lists read only the grid's fields; the detail
 * fields (lines, shipments, timeline, ...) are then null. {@code total} is null for readers without prices,
 * {@code endCustomer} for suppliers.
 */
record Order(String id, String groupId, OrderStatus status, PartnerRef dealer, PartnerRef supplier,
        List<OrderLine> lines, Money total, LocalDate requestedDate, DeliveryAddress deliveryAddress,
        List<Shipment> shipments, EndCustomer endCustomer, List<TimelineEntry> timeline, int version) {

    record DeliveryAddress(String recipient, String street, String postalCode, String city, String country) {
    }

    record EndCustomer(String name, String email, String phone) {
    }

    record TimelineEntry(Instant at, String by, String event, String summary) {
    }

    /** A short number to tell orders apart on screen: the end of the opaque id. */
    String number() {
        return shortLabel(id);
    }

    /** A short label of the submission the order came from; the orders of one split submission share it. */
    String submissionLabel() {
        return shortLabel(groupId);
    }

    private static String shortLabel(String opaqueId) {
        String end = opaqueId.length() <= 6 ? opaqueId : opaqueId.substring(opaqueId.length() - 6);
        return end.toUpperCase(Locale.ROOT);
    }
}
