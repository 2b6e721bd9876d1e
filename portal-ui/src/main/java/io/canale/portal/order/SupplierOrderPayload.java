package io.canale.portal.order;

import io.canale.portal.api.Payload;
import io.canale.portal.api.UserError;
import java.util.List;

/** The answer to confirming or shipping an order: the order as stored, or why it was refused. */
record SupplierOrderPayload(SupplierOrder order, List<UserError> userErrors) implements Payload {
}
