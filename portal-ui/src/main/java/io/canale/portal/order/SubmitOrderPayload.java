package io.canale.portal.order;

import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.util.List;

/** The answer of a submission: one order per supplier, sharing a {@code groupId}; none when refused. */
@SchemaType
record SubmitOrderPayload(List<Order> orders, List<UserError> userErrors) implements Payload {
}
