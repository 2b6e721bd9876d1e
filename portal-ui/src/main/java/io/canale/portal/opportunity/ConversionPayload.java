package io.canale.portal.opportunity;

import io.canale.portal.api.Payload;
import io.canale.portal.api.UserError;
import java.util.List;

/** The answer of {@code convertLead}: only what the portal shows of the new opportunity. */
public record ConversionPayload(Opportunity opportunity, List<UserError> userErrors) implements Payload {

    public record Opportunity(String id, String name) {
    }
}
