package io.canale.portal.partner;

import io.canale.portal.api.Partner;
import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.util.List;

/** The API's {@code PartnerPayload}: the answer of every partner mutation. */
@SchemaType
record PartnerPayload(Partner partner, List<UserError> userErrors) implements Payload {
}
