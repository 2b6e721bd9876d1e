package io.canale.portal.partner;

import io.canale.portal.api.Payload;
import io.canale.portal.api.UserError;
import java.util.List;

/** The answer of every partner mutation. */
record PartnerPayload(Partner partner, List<UserError> userErrors) implements Payload {
}
