package io.canale.portal.order;

import io.canale.portal.api.EndCustomer;
import io.canale.portal.api.Audit;
import io.canale.portal.api.SchemaType;
import java.time.LocalDate;
import java.util.List;

/**
 * An order draft as the backend keeps it: unpriced lines and whatever details were known when it was saved,
 * with what the reader may do with it ({@code viewerCan}). The list reads only its summary; address and customer
 * are then null. Order entry edits it as an {@link OrderForm}.
 */
@SchemaType
record OrderDraft(String id, Status status, String groupId, List<Line> lines, LocalDate requestedDate,
        Order.DeliveryAddress deliveryAddress, EndCustomer endCustomer, Audit audit, int version,
        OrderDraftActions viewerCan) {

    @SchemaType("OrderDraftStatus")
    enum Status {
        OPEN, SUBMITTING, SUBMITTED
    }

    @SchemaType("OrderDraftLine")
    record Line(String sku, int quantity) {
    }
}
