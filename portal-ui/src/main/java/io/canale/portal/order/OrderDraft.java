package io.canale.portal.order;

import io.canale.portal.api.Payload;
import io.canale.portal.api.UserError;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order draft as the backend keeps it (the API's {@code OrderDraft}): unpriced lines and whatever details
 * were known when it was saved. The list reads only its summary; address and customer are then null.
 */
record SavedDraft(String id, Status status, String groupId, List<Line> lines, LocalDate requestedDate,
        Order.DeliveryAddress deliveryAddress, Order.EndCustomer endCustomer, Audit audit, int version) {

    enum Status {
        OPEN, SUBMITTING, SUBMITTED
    }

    record Line(String sku, int quantity) {
    }

    record Audit(Instant updatedAt) {
    }

    /** The answer of {@code saveOrderDraft}. */
    record SavePayload(SavedDraft draft, List<UserError> userErrors) implements Payload {
    }

    /** The answer of {@code deleteOrderDraft}. */
    record DeletePayload(String deletedId, List<UserError> userErrors) implements Payload {
    }
}
