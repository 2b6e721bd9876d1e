package io.canale.portal.routing;

import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.util.List;

/** The answer of a routing-rule mutation: the whole list as stored now. */
@SchemaType
record RoutingRulesPayload(RoutingRuleList routingRules, List<UserError> userErrors) implements Payload {
}
