package io.canale.deal;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.GraphQlAnswers;
import io.canale.support.IntegrationTestBase;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A deal registration's {@code viewerCan} and what its mutations do agree, over HTTP with real tokens. */
class DealRegistrationViewerCanTests extends IntegrationTestBase {

    static final String FIELDS = "id version status viewerCan { approve reject }";
    static final String REGISTRATION = "query($id: ID!) { dealRegistration(id: $id) { " + FIELDS + " } }";
    static final String APPROVE = "mutation($id: ID!, $v: Int!) { approveDealRegistration(input: {id: $id, expectedVersion: $v}) { "
            + "dealRegistration { " + FIELDS + " } userErrors { field code } } }";
    static final String REJECT = "mutation($id: ID!, $v: Int!) { rejectDealRegistration(input: {id: $id, expectedVersion: $v, "
            + "reason: \"Cliente già seguito\"}) { dealRegistration { " + FIELDS + " } userErrors { field code } } }";

    GraphQlAnswers graphql;

    @BeforeEach
    void answers() {
        graphql = new GraphQlAnswers(http);
    }

    @Test
    void staff_are_told_they_may_decide_a_waiting_registration_and_do_once() {
        JsonNode deal = registration(staff(), rossisRegistration());
        assertThat(deal.path("viewerCan").toString()).isEqualTo("{\"approve\":true,\"reject\":true}");
        JsonNode approved = graphql.done(staff(), APPROVE, Map.of("id", id(deal), "v", version(deal))).path("dealRegistration");
        assertThat(approved.path("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.path("viewerCan").toString()).isEqualTo("{\"approve\":false,\"reject\":false}");
        assertThat(graphql.refused(staff(), REJECT, Map.of("id", id(approved), "v", version(approved)))).isEqualTo("ILLEGAL_STATE");
    }

    @Test
    void the_registering_dealer_is_told_it_may_not_decide_and_may_not() {
        JsonNode deal = registration(tokenFor("dealer@canale.demo"), rossisRegistration());
        assertThat(deal.path("viewerCan").toString()).isEqualTo("{\"approve\":false,\"reject\":false}");
        assertThat(graphql.error(tokenFor("dealer@canale.demo"), APPROVE, Map.of("id", id(deal), "v", version(deal))))
                .isEqualTo("FORBIDDEN");
        assertThat(registration(staff(), deal).path("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void another_dealer_does_not_see_the_registration() {
        JsonNode deal = rossisRegistration();
        assertThat(graphql.data(tokenFor("dealer2@canale.demo"), REGISTRATION, Map.of("id", id(deal))).path("dealRegistration")
                .isNull()).isTrue();
    }

    private JsonNode rossisRegistration() {
        return graphql.done(tokenFor("dealer@canale.demo"), "mutation($input: RegisterDealInput!) { registerDeal(input: $input) { "
                + "dealRegistration { " + FIELDS + " } userErrors { field code } } }", Map.of("input", Map.of(
                        "customerName", "Cliente " + UUID.randomUUID(), "productLine", "Furgoni",
                        "expectedValue", Map.of("amount", "12000.00", "currency", "EUR"), "expectedCloseDate", "2099-06-30")))
                .path("dealRegistration");
    }

    private JsonNode registration(String token, JsonNode deal) {
        JsonNode seen = graphql.data(token, REGISTRATION, Map.of("id", id(deal))).path("dealRegistration");
        assertThat(seen.isObject()).as("the registration is visible").isTrue();
        return seen;
    }

    private static String id(JsonNode record) {
        return record.path("id").asString();
    }

    private static int version(JsonNode record) {
        return record.path("version").asInt();
    }

    private String staff() {
        return tokenFor("staff@canale.demo");
    }
}
