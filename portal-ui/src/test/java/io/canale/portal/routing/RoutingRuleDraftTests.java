package io.canale.portal.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.PartnerTier;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingRuleDraftTests {

    @Test
    void commaSeparatedTextsBecomeListsWithoutBlanks() {
        RoutingRuleDraft draft = RoutingRuleDraft.blank();
        draft.setName("  Nord-Ovest ");
        draft.setRegions("Lombardia, , Piemonte ,");
        draft.setPostalCodePrefixes("20,24");
        draft.setDealerTiers(Set.of(PartnerTier.GOLD));

        assertThat(draft.ruleInput())
                .containsEntry("name", "Nord-Ovest")
                .containsEntry("countries", List.of("IT"))
                .containsEntry("regions", List.of("Lombardia", "Piemonte"))
                .containsEntry("postalCodePrefixes", List.of("20", "24"))
                .containsEntry("productLines", List.of())
                .containsEntry("dealerTiers", List.of("GOLD"))
                .doesNotContainKey("maxOpenLeadsPerDealer");
    }

    @Test
    void anExistingRuleRoundTripsItsSettings() {
        RoutingRuleList.Rule rule = new RoutingRuleList.Rule("rr_1", "Italia", 2, List.of("IT"), List.of("Lazio", "Umbria"),
                List.of("00"), List.of("Moto"), List.of(PartnerTier.SILVER), 50);
        RoutingRuleDraft draft = RoutingRuleDraft.of(rule);

        assertThat(draft.isNew()).isFalse();
        assertThat(draft.getRegions()).isEqualTo("Lazio, Umbria");
        assertThat(draft.ruleInput())
                .containsEntry("regions", List.of("Lazio", "Umbria"))
                .containsEntry("maxOpenLeadsPerDealer", 50);
    }
}
