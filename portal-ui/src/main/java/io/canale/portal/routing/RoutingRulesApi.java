package io.canale.portal.routing;

import io.canale.portal.api.CanaleApi;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The routing-rule operations of the API; every change names the version of the list it is based on. */
@Component
class RoutingRulesApi {

    private final CanaleApi api;

    RoutingRulesApi(CanaleApi api) {
        this.api = api;
    }

    RoutingRuleList load() {
        return api.execute("routingRules", Map.of(), "routingRules", RoutingRuleList.class);
    }

    /** Creates a new rule (appended) or changes an existing one. */
    RoutingRulesPayload save(RoutingRuleList list, RoutingRuleDraft draft) {
        Map<String, Object> input = versioned(list);
        input.put("rule", draft.ruleInput());
        if (draft.isNew()) {
            return mutate("createRoutingRule", input);
        }
        input.put("id", draft.getId());
        return mutate("updateRoutingRule", input);
    }

    RoutingRulesPayload move(RoutingRuleList list, RoutingRuleList.Rule rule, int position) {
        Map<String, Object> input = versioned(list);
        input.put("id", rule.id());
        input.put("position", position);
        return mutate("moveRoutingRule", input);
    }

    RoutingRulesPayload delete(RoutingRuleList list, RoutingRuleList.Rule rule) {
        Map<String, Object> input = versioned(list);
        input.put("id", rule.id());
        return mutate("deleteRoutingRule", input);
    }

    private RoutingRulesPayload mutate(String mutation, Map<String, Object> input) {
        return api.execute(mutation, Map.of("input", input), mutation, RoutingRulesPayload.class);
    }

    private static Map<String, Object> versioned(RoutingRuleList list) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("expectedVersion", list.version());
        return input;
    }
}
