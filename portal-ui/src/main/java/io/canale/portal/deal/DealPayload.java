package io.canale.portal.deal;

import io.canale.portal.api.Payload;
import io.canale.portal.api.UserError;
import java.util.List;

/** The answer of a deal registration mutation. */
record DealPayload(DealRegistration dealRegistration, List<UserError> userErrors) implements Payload {
}
