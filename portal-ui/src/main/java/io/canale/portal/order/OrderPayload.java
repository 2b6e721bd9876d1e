package io.canale.portal.order;

import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.util.List;

/** The answer of a mutation on one order (cancel, confirm, ship): the order as stored, or why it was refused. */
@SchemaType
record OrderPayload(Order order, List<UserError> userErrors) implements Payload {
}
