package io.canale.portal.order;

import io.canale.portal.api.Payload;
import io.canale.portal.api.UserError;
import java.util.List;

/** The answer of a mutation on one order (cancel, confirm, ship). */
record OrderPayload(Order order, List<UserError> userErrors) implements Payload {
}
