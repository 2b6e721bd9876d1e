package io.canale.portal.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.lead.LeadApi.LeadFilter;
import io.canale.portal.lead.LeadApi.RouteLeadInput;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What the lead documents send: conditions and choices left open are left out, not sent as null. */
class LeadApiTests {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Test
    void an_empty_filter_narrows_nothing() {
        assertThat(JSON.writeValueAsString(new LeadFilter(null, null))).isEqualTo("{}");
        assertThat(JSON.writeValueAsString(new LeadFilter(LeadStatus.ROUTED, "ptn_1")))
                .isEqualTo("{\"status\":\"ROUTED\",\"dealerId\":\"ptn_1\"}");
    }

    @Test
    void routing_without_a_dealer_leaves_it_to_the_rules() {
        assertThat(JSON.writeValueAsString(new RouteLeadInput("lead_1", 3, null)))
                .isEqualTo("{\"id\":\"lead_1\",\"expectedVersion\":3}");
    }
}
