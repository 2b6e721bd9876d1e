package io.canale.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import io.canale.support.MutableClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** SLA clocks over HTTP, and their escalation to staff: once per clock and level, never shown to partners. */
class SlaEscalationTests extends IntegrationTestBase {

    static final String SLA = "query($id: ID!) { serviceCase(id: $id) { timeline { event } sla { calendar "
            + "firstResponse { state targetMinutes elapsedMinutes dueAt breachedAt } "
            + "resolution { state targetMinutes pausedMinutes pausedBy { waitingOn minutes } } } } }";

    @Autowired
    MutableClock clock;
    @Autowired
    SlaEscalations escalations;

    @Test
    void an_urgent_case_nobody_triages_is_escalated_to_staff_once_per_level() {
        String dealer = tokenFor("dealer@canale.demo");
        String staff = tokenFor("staff@canale.demo");
        String id = http.payload(dealer, "mutation { openServiceCase(input: {type: COMPLAINT, priority: URGENT, subject: \"Brakes squeal\", "
                + "productSku: \"FRN-PAD-001\"}) { serviceCase { id } userErrors { code } } }", Map.of()).at("/serviceCase/id").asString();
        JsonNode fresh = http.graphql(staff, SLA, Map.of("id", id)).at("/data/serviceCase/sla");
        assertThat(fresh.path("calendar").asString()).isEqualTo("IT");
        assertThat(fresh.at("/firstResponse/targetMinutes").asInt()).isEqualTo(120);
        assertThat(fresh.at("/firstResponse/state").asString()).isIn("RUNNING", "WARNING");
        assertThat(fresh.at("/firstResponse/dueAt").isNull()).isFalse();
        assertThat(fresh.at("/resolution/targetMinutes").asInt()).isEqualTo(16 * 60);

        clock.advance(Duration.ofDays(7));
        try {
            escalations.check();
            escalations.check();
            JsonNode late = http.graphql(staff, SLA, Map.of("id", id)).at("/data/serviceCase");
            assertThat(late.at("/sla/firstResponse/state").asString()).isEqualTo("BREACHED");
            assertThat(late.at("/sla/firstResponse/breachedAt").isNull()).isFalse();
            assertThat(late.path("timeline").findValuesAsString("event")).containsOnlyOnce("CASE_SLA_FIRST_RESPONSE_WARNING",
                    "CASE_SLA_FIRST_RESPONSE_BREACHED", "CASE_SLA_RESOLUTION_WARNING", "CASE_SLA_RESOLUTION_BREACHED");
            JsonNode asDealer = http.graphql(dealer, SLA, Map.of("id", id)).at("/data/serviceCase");
            assertThat(asDealer.path("timeline").findValuesAsString("event")).as("escalations are for staff")
                    .noneMatch(event -> event.startsWith("CASE_SLA_"));
            assertThat(asDealer.at("/sla/firstResponse/state").asString()).as("the dealer sees the clock itself").isEqualTo("BREACHED");
        } finally {
            clock.advance(Duration.ofDays(-7)); // the clock is shared by every test of the context
        }
    }
}
