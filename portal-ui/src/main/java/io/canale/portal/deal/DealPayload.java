package io.canale.portal.deal;

import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.util.List;

/** The API's {@code DealRegistrationPayload}: the answer of a deal registration mutation. */
@SchemaType("DealRegistrationPayload")
record DealPayload(DealRegistration dealRegistration, List<UserError> userErrors) implements Payload {
}
