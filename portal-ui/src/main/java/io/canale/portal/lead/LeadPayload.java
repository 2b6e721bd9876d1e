package io.canale.portal.lead;

import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.util.List;

/** The answer of a lead mutation. */
@SchemaType
record LeadPayload(Lead lead, List<UserError> userErrors) implements Payload {
}
