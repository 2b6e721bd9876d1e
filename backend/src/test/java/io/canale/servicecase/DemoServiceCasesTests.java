package io.canale.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.shared.Ids;
import io.canale.support.IntegrationTestBase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The demo returns and the answered survey are there for the portal's demo users and browser tests: read (not changed)
 * with the parties' tokens, so the other tests sharing the demo data find them as they were.
 */
class DemoServiceCasesTests extends IntegrationTestBase {

    static final String READ = "query($id: ID!) { serviceCase(id: $id) { status subject "
            + "returnAuthorization { number lines { sku quantity } shipments { status carrier { name } } inspections { outcome } } "
            + "survey { status score } viewerCan { authorizeReturn shipReturn carryReturn inspectReturn } } }";

    @Test
    void a_demo_return_waits_for_staffs_authorisation() {
        JsonNode batteries = read("staff@canale.demo", "demo-case-10");
        assertThat(batteries.path("returnAuthorization").isNull()).isTrue();
        assertThat(batteries.at("/viewerCan/authorizeReturn").asBoolean()).isTrue();
        assertThat(read("dealer@canale.demo", "demo-case-10").path("subject").asString()).isEqualTo("Reso batterie ordinate in eccesso");
    }

    @Test
    void a_demo_return_is_on_its_way_back_to_gallo() {
        JsonNode battery = read("supplier2@canale.demo", "demo-case-7");
        assertThat(battery.at("/returnAuthorization/number").asString()).startsWith("RMA-");
        assertThat(battery.at("/returnAuthorization/lines/0").toString()).isEqualTo("{\"sku\":\"BAT-12V-070\",\"quantity\":1}");
        assertThat(battery.at("/returnAuthorization/shipments/0/status").asString()).isEqualTo("IN_TRANSIT");
        assertThat(battery.at("/returnAuthorization/shipments/0/carrier/name").asString()).isEqualTo("Veloce Logistica");
        assertThat(read("carrier@canale.demo", "demo-case-7").at("/viewerCan/carryReturn").asBoolean()).isTrue();
    }

    @Test
    void a_demo_return_arrived_at_ferri_and_waits_for_its_inspection() {
        JsonNode pads = read("supplier@canale.demo", "demo-case-8");
        assertThat(pads.path("subject").asString()).isEqualTo("Reso pastiglie rumorose");
        assertThat(pads.path("status").asString()).isEqualTo("WAITING");
        assertThat(pads.at("/returnAuthorization/lines/0").toString()).isEqualTo("{\"sku\":\"FRN-PAD-001\",\"quantity\":2}");
        assertThat(pads.at("/returnAuthorization/shipments/0/status").asString()).isEqualTo("DELIVERED");
        assertThat(pads.at("/viewerCan/inspectReturn").asBoolean()).isTrue();
        assertThat(read("dealer@canale.demo", "demo-case-8").at("/viewerCan/inspectReturn").asBoolean()).isFalse();
    }

    @Test
    void a_closed_demo_case_has_its_end_customers_answer() {
        JsonNode closed = read("dealer@canale.demo", "demo-case-9");
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.at("/survey/status").asString()).isEqualTo("ANSWERED");
        assertThat(closed.at("/survey/score").asInt()).isEqualTo(5);
    }

    /** A demo case of Rossi Auto by its idempotency key (DemoServiceCases), as the login sees it. */
    private JsonNode read(String login, String key) {
        String id = Ids.derived("case", "ptn_rossi_auto:" + key);
        return http.graphql(tokenFor(login), READ, Map.of("id", id)).at("/data/serviceCase");
    }
}
