package io.canale.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.lead.LeadRoutingTests;
import io.canale.support.GraphQlAnswers;
import io.canale.support.IntegrationTestBase;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An opportunity's {@code viewerCan} and what its mutations do agree, over HTTP with real tokens. */
class OpportunityViewerCanTests extends IntegrationTestBase {

    static final String FIELDS = "id version stage viewerCan { move update addActivity }";
    static final String OPPORTUNITY = "query($id: ID!) { opportunity(id: $id) { " + FIELDS + " } }";
    static final String MOVE = "mutation($id: ID!, $v: Int!, $s: String!) { moveOpportunity(input: {id: $id, expectedVersion: $v, "
            + "stage: $s}) { opportunity { " + FIELDS + " } userErrors { field code } } }";
    static final String UPDATE = "mutation($id: ID!, $v: Int!) { updateOpportunity(input: {id: $id, expectedVersion: $v, probability: 90}) { "
            + "opportunity { " + FIELDS + " } userErrors { field code } } }";
    static final String ADD_NOTE = "mutation($id: ID!, $v: Int!) { addActivity(input: {id: $id, expectedVersion: $v, type: NOTE, "
            + "subject: \"Visita in sede\"}) { opportunity { " + FIELDS + " } userErrors { field code } } }";

    GraphQlAnswers graphql;

    @BeforeEach
    void answers() {
        graphql = new GraphQlAnswers(http);
    }

    @Test
    void the_dealer_is_told_it_may_work_on_its_opportunity_and_does() {
        JsonNode opportunity = opportunity(dealer(), rossisOpportunity());
        assertThat(opportunity.path("viewerCan").toString()).isEqualTo("{\"move\":true,\"update\":true,\"addActivity\":true}");
        JsonNode moved = graphql.done(dealer(), MOVE, Map.of("id", id(opportunity), "v", version(opportunity), "s", "proposal"))
                .path("opportunity");
        assertThat(moved.path("stage").asString()).isEqualTo("proposal");
        graphql.done(dealer(), ADD_NOTE, Map.of("id", id(moved), "v", version(moved)));
    }

    @Test
    void another_dealer_does_not_see_the_opportunity_and_may_not_change_it() {
        JsonNode opportunity = rossisOpportunity();
        String other = tokenFor("dealer2@canale.demo");
        assertThat(graphql.data(other, OPPORTUNITY, Map.of("id", id(opportunity))).path("opportunity").isNull()).isTrue();
        assertThat(graphql.refused(other, MOVE, Map.of("id", id(opportunity), "v", version(opportunity), "s", "won")))
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void staff_are_told_they_may_not_work_on_a_dealers_opportunity_and_may_not() {
        JsonNode opportunity = opportunity(tokenFor("staff@canale.demo"), rossisOpportunity());
        assertThat(opportunity.path("viewerCan").toString()).isEqualTo("{\"move\":false,\"update\":false,\"addActivity\":false}");
        assertThat(graphql.refused(tokenFor("staff@canale.demo"), UPDATE, Map.of("id", id(opportunity), "v", version(opportunity))))
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void a_won_opportunity_is_told_closed_to_moves_but_open_to_updates_and_is() {
        JsonNode opportunity = rossisOpportunity();
        JsonNode won = graphql.done(dealer(), MOVE, Map.of("id", id(opportunity), "v", version(opportunity), "s", "won"))
                .path("opportunity");
        assertThat(won.path("viewerCan").toString()).isEqualTo("{\"move\":false,\"update\":true,\"addActivity\":true}");
        assertThat(graphql.refused(dealer(), MOVE, Map.of("id", id(won), "v", version(won), "s", "lost"))).isEqualTo("ILLEGAL_STATE");
        graphql.done(dealer(), UPDATE, Map.of("id", id(won), "v", version(won)));
    }

    /** An opportunity converted from a lead Rossi's own system captured (owned by Rossi from the start). */
    private JsonNode rossisOpportunity() {
        JsonNode lead = graphql.done(tokenFor("dealer-system"), LeadRoutingTests.CREATE, Map.of("input", Map.of(
                "contact", Map.of("name", "Cliente VC", "email", "ovc-" + UUID.randomUUID() + "@example.com"),
                "address", Map.of("country", "IT")))).path("lead");
        return graphql.done(dealer(), "mutation($id: ID!, $v: Int!) { convertLead(input: {leadId: $id, expectedVersion: $v}) { "
                + "opportunity { " + FIELDS + " } userErrors { field code } } }", Map.of("id", id(lead), "v", version(lead)))
                .path("opportunity");
    }

    private JsonNode opportunity(String token, JsonNode opportunity) {
        JsonNode seen = graphql.data(token, OPPORTUNITY, Map.of("id", id(opportunity))).path("opportunity");
        assertThat(seen.isObject()).as("the opportunity is visible").isTrue();
        return seen;
    }

    private static String id(JsonNode record) {
        return record.path("id").asString();
    }

    private static int version(JsonNode record) {
        return record.path("version").asInt();
    }

    private String dealer() {
        return tokenFor("dealer@canale.demo");
    }
}
