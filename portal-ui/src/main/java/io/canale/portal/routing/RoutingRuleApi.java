package io.canale.portal.routing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.PartnerTier;
import io.canale.portal.api.SchemaType;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The routing-rule operations of the API (documents under {@code graphql-documents/routing/}); every change
 * names the version of the list it is based on.
 */
@Component
class RoutingRuleApi {

    /** A rule's settings; no capacity limit is left out. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RoutingRuleInput(String name, List<String> countries, List<String> regions, List<String> postalCodePrefixes,
            List<String> productLines, List<PartnerTier> dealerTiers, Integer maxOpenLeadsPerDealer) {
    }

    /** Without a position, the new rule goes last. */
    @SchemaType
    record CreateRoutingRuleInput(int expectedVersion, RoutingRuleInput rule) {
    }

    @SchemaType
    record UpdateRoutingRuleInput(int expectedVersion, String id, RoutingRuleInput rule) {
    }

    @SchemaType
    record MoveRoutingRuleInput(int expectedVersion, String id, int position) {
    }

    @SchemaType
    record DeleteRoutingRuleInput(int expectedVersion, String id) {
    }

    private final CanaleApi api;

    RoutingRuleApi(CanaleApi api) {
        this.api = api;
    }

    RoutingRuleList load() {
        return api.execute("routing/routingRules", Map.of(), "routingRules", RoutingRuleList.class);
    }

    /** Creates a new rule (appended) or changes an existing one. */
    RoutingRulesPayload save(RoutingRuleList list, RoutingRuleForm form) {
        return form.isNew()
                ? mutate("createRoutingRule", new CreateRoutingRuleInput(list.version(), form.ruleInput()))
                : mutate("updateRoutingRule", new UpdateRoutingRuleInput(list.version(), form.getId(), form.ruleInput()));
    }

    RoutingRulesPayload move(RoutingRuleList list, RoutingRuleList.Rule rule, int position) {
        return mutate("moveRoutingRule", new MoveRoutingRuleInput(list.version(), rule.id(), position));
    }

    RoutingRulesPayload delete(RoutingRuleList list, RoutingRuleList.Rule rule) {
        return mutate("deleteRoutingRule", new DeleteRoutingRuleInput(list.version(), rule.id()));
    }

    private RoutingRulesPayload mutate(String mutation, Object input) {
        return api.mutate("routing/" + mutation, input, RoutingRulesPayload.class);
    }
}
