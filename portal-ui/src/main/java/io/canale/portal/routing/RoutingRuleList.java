package io.canale.portal.routing;

import io.canale.portal.api.PartnerTier;
import io.canale.portal.api.SchemaType;
import java.util.List;

/** The ordered routing rules and the version of the whole list, which every change names. */
@SchemaType
record RoutingRuleList(List<Rule> rules, int version) {

    /** A rule as the API returns it; empty lists mean "any". */
    @SchemaType("RoutingRule")
    record Rule(String id, String name, int position, List<String> countries, List<String> regions,
            List<String> postalCodePrefixes, List<String> productLines, List<PartnerTier> dealerTiers,
            Integer maxOpenLeadsPerDealer) {
    }

    boolean isFirst(Rule rule) {
        return rule.position() <= 1;
    }

    boolean isLast(Rule rule) {
        return rule.position() >= rules.size();
    }
}
