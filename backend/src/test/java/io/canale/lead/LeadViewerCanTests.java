package io.canale.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.GraphQlAnswers;
import io.canale.support.IntegrationTestBase;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A lead's {@code viewerCan} and what its mutations do agree, over HTTP with real tokens: whoever is told it may
 * act succeeds, whoever is told it may not (or does not see the lead) is refused.
 */
class LeadViewerCanTests extends IntegrationTestBase {

    static final String ROSSI = "ptn_rossi_auto";
    static final String FIELDS = "id version status dealer { id } viewerCan { accept decline route merge convert }";
    static final String LEAD = "query($id: ID!) { lead(id: $id) { " + FIELDS + " } }";
    static final String ROUTE = "mutation($id: ID!, $v: Int!, $d: ID) { routeLead(input: {id: $id, expectedVersion: $v, dealerId: $d}) { "
            + "lead { " + FIELDS + " } userErrors { field code } } }";
    static final String ACCEPT = "mutation($id: ID!, $v: Int!) { acceptLead(input: {id: $id, expectedVersion: $v}) { lead { "
            + FIELDS + " } userErrors { field code } } }";
    static final String DECLINE = "mutation($id: ID!, $v: Int!) { declineLead(input: {id: $id, expectedVersion: $v, reason: \"Fuori zona\"}) { "
            + "lead { id } userErrors { field code } } }";
    static final String CONVERT = "mutation($id: ID!, $v: Int!) { convertLead(input: {leadId: $id, expectedVersion: $v}) { "
            + "opportunity { id } userErrors { field code } } }";

    GraphQlAnswers graphql;

    @BeforeEach
    void answers() {
        graphql = new GraphQlAnswers(http);
    }

    @Test
    void the_dealer_a_lead_is_routed_to_is_told_it_may_accept_it_and_does() {
        JsonNode lead = routedToRossi();
        JsonNode seen = lead(tokenFor("dealer@canale.demo"), lead);
        assertThat(seen.path("viewerCan").toString())
                .isEqualTo("{\"accept\":true,\"decline\":true,\"route\":false,\"merge\":false,\"convert\":false}");

        JsonNode accepted = graphql.done(tokenFor("dealer@canale.demo"), ACCEPT, versionOf(seen)).path("lead");
        assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.at("/viewerCan/accept").asBoolean()).as("accepted once").isFalse();
        assertThat(accepted.at("/viewerCan/convert").asBoolean()).isTrue();
    }

    @Test
    void a_dealer_system_is_told_what_its_people_are_and_declines() {
        JsonNode seen = lead(tokenFor("dealer-system"), routedToRossi());
        assertThat(seen.at("/viewerCan/decline").asBoolean()).isTrue();
        graphql.done(tokenFor("dealer-system"), DECLINE, versionOf(seen));
        assertThat(graphql.data(tokenFor("dealer-system"), LEAD, Map.of("id", seen.path("id").asString())).path("lead").isNull())
                .as("a declined lead is no longer the dealer's").isTrue();
    }

    @Test
    void another_dealer_does_not_see_the_lead_and_may_not_accept_it() {
        JsonNode lead = routedToRossi();
        String other = tokenFor("dealer2@canale.demo");
        assertThat(graphql.data(other, LEAD, Map.of("id", lead.path("id").asString())).path("lead").isNull()).isTrue();
        assertThat(graphql.refused(other, ACCEPT, versionOf(lead))).isEqualTo("NOT_FOUND");
        assertThat(lead(tokenFor("dealer@canale.demo"), lead).path("status").asString()).isEqualTo("ROUTED");
    }

    @Test
    void staff_are_told_they_may_route_but_not_accept_and_both_hold() {
        JsonNode lead = lead(staff(), routedToRossi());
        assertThat(lead.path("viewerCan").toString())
                .isEqualTo("{\"accept\":false,\"decline\":false,\"route\":true,\"merge\":true,\"convert\":false}");
        assertThat(graphql.refused(staff(), ACCEPT, versionOf(lead))).isEqualTo("NOT_ALLOWED");
        JsonNode rerouted = graphql.done(staff(), ROUTE, Map.of("id", lead.path("id").asString(), "v", lead.path("version").asInt(),
                "d", "ptn_bianchi_moto")).path("lead");
        assertThat(rerouted.at("/dealer/id").asString()).isEqualTo("ptn_bianchi_moto");
    }

    @Test
    void once_a_dealer_accepted_a_lead_staff_are_told_they_may_no_longer_route_it_and_may_not() {
        JsonNode accepted = graphql.done(tokenFor("dealer@canale.demo"), ACCEPT, versionOf(routedToRossi())).path("lead");
        JsonNode seen = lead(staff(), accepted);
        assertThat(seen.at("/viewerCan/route").asBoolean()).isFalse();
        assertThat(graphql.refused(staff(), ROUTE, Map.of("id", seen.path("id").asString(), "v", seen.path("version").asInt(),
                "d", "ptn_bianchi_moto"))).isEqualTo("ILLEGAL_STATE");
    }

    @Test
    void the_dealer_that_accepted_a_lead_converts_it_and_another_dealer_may_not() {
        JsonNode accepted = graphql.done(tokenFor("dealer@canale.demo"), ACCEPT, versionOf(routedToRossi())).path("lead");
        assertThat(graphql.refused(tokenFor("dealer2@canale.demo"), CONVERT, versionOf(accepted))).isEqualTo("NOT_FOUND");
        assertThat(lead(tokenFor("dealer@canale.demo"), accepted).at("/viewerCan/convert").asBoolean()).isTrue();
        assertThat(graphql.done(tokenFor("dealer@canale.demo"), CONVERT, versionOf(accepted)).at("/opportunity/id").asString())
                .isNotBlank();
    }

    /** A lead staff captured, then routed by hand to Rossi Auto. */
    private JsonNode routedToRossi() {
        JsonNode captured = graphql.done(staff(), LeadRoutingTests.CREATE, Map.of("input", Map.of(
                "contact", Map.of("name", "Viewer Can", "email", "vc-" + UUID.randomUUID() + "@example.com"),
                "address", Map.of("country", "IT")))).path("lead");
        return graphql.done(staff(), ROUTE, Map.of("id", captured.path("id").asString(), "v", captured.path("version").asInt(),
                "d", ROSSI)).path("lead");
    }

    private JsonNode lead(String token, JsonNode lead) {
        JsonNode seen = graphql.data(token, LEAD, Map.of("id", lead.path("id").asString())).path("lead");
        assertThat(seen.isObject()).as("the lead is visible").isTrue();
        return seen;
    }

    private static Map<String, Object> versionOf(JsonNode lead) {
        return Map.of("id", lead.path("id").asString(), "v", lead.path("version").asInt());
    }

    private String staff() {
        return tokenFor("staff@canale.demo");
    }
}
