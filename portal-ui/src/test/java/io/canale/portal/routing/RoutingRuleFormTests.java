package io.canale.portal.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.PartnerTier;
import io.canale.portal.routing.RoutingRuleApi.RoutingRuleInput;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RoutingRuleFormTests {

    @Test
    void comma_separated_texts_become_lists_without_blanks() {
        RoutingRuleForm form = RoutingRuleForm.blank();
        form.setName("  Nord-Ovest ");
        form.setRegions("Lombardia, , Piemonte ,");
        form.setPostalCodePrefixes("20,24");
        form.setDealerTiers(Set.of(PartnerTier.GOLD));

        assertThat(form.ruleInput()).isEqualTo(new RoutingRuleInput("Nord-Ovest", List.of("IT"),
                List.of("Lombardia", "Piemonte"), List.of("20", "24"), List.of(), List.of(PartnerTier.GOLD), null));
    }

    @Test
    void no_capacity_limit_is_left_out_of_the_request() {
        RoutingRuleForm form = RoutingRuleForm.blank();
        form.setName("Italia");

        assertThat(JsonMapper.shared().writeValueAsString(form.ruleInput())).isEqualTo(
                "{\"name\":\"Italia\",\"countries\":[\"IT\"],\"regions\":[],\"postalCodePrefixes\":[],\"productLines\":[],"
                        + "\"dealerTiers\":[]}");
    }

    @Test
    void an_existing_rule_round_trips_its_settings() {
        RoutingRuleList.Rule rule = new RoutingRuleList.Rule("rr_1", "Italia", 2, List.of("IT"), List.of("Lazio", "Umbria"),
                List.of("00"), List.of("Moto"), List.of(PartnerTier.SILVER), 50);
        RoutingRuleForm form = RoutingRuleForm.of(rule);

        assertThat(form.isNew()).isFalse();
        assertThat(form.getRegions()).isEqualTo("Lazio, Umbria");
        assertThat(form.ruleInput().regions()).containsExactly("Lazio", "Umbria");
        assertThat(form.ruleInput().maxOpenLeadsPerDealer()).isEqualTo(50);
    }
}
