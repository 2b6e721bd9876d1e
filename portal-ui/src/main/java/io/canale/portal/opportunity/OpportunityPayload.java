package io.canale.portal.opportunity;

import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.util.List;

/** The answer of an opportunity mutation, conversion of a lead included. */
@SchemaType
public record OpportunityPayload(Opportunity opportunity, List<UserError> userErrors) implements Payload {
}
