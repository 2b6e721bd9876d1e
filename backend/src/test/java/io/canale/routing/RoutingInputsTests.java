package io.canale.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.lead.LeadDetails;
import io.canale.lead.RoutingDecision;
import io.canale.support.IntegrationTestBase;
import io.canale.support.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The rules and dealers routing keeps between leads ({@link RoutingInputs}): a change made through this node is
 * honoured by the very next routing; one made elsewhere (another node, written straight to the store) at the
 * latest once the TTL has passed on the clock.
 */
// The lead-routing tests' context: the clock is moved here too.
@TestPropertySource(properties = "canale.test.isolation=lead-routing")
class RoutingInputsTests extends IntegrationTestBase {

    @Autowired
    LeadRouter router;
    @Autowired
    MongoOperations mongo;
    @Autowired
    MutableClock clock;

    String region;
    String dealer;
    String ruleId;

    @BeforeEach
    void a_region_with_one_dealer_and_a_rule_for_it() {
        region = "Inputs-" + UUID.randomUUID();
        dealer = staff("mutation($n: String!, $r: [String!]!) { createPartner(input: {type: DEALER, name: $n, "
                + "territory: {countries: [\"IT\"], regions: $r}}) { partner { id } userErrors { code } } }",
                Map.of("n", "Dealer " + region, "r", List.of(region))).at("/data/createPartner/partner/id").asString();
        JsonNode created = staff("mutation($v: Int!, $r: [String!]!) { createRoutingRule(input: {expectedVersion: $v, position: 1, "
                + "rule: {name: \"Rule " + region + "\", countries: [\"IT\"], regions: $r}}) { routingRules { rules { id name } } } }",
                Map.of("v", rulesVersion(), "r", List.of(region)));
        ruleId = created.at("/data/createRoutingRule/routingRules/rules/0/id").asString();
        assertThat(route().chosenId()).isEqualTo(dealer); // read (and now kept) with the dealer and the rule
    }

    @Test
    void a_changed_rule_is_honoured_by_the_next_routing() {
        staff("mutation($v: Int!, $id: ID!, $r: [String!]!) { updateRoutingRule(input: {expectedVersion: $v, id: $id, "
                + "rule: {name: \"Renamed " + region + "\", countries: [\"IT\"], regions: $r}}) { routingRules { version } } }",
                Map.of("v", rulesVersion(), "id", ruleId, "r", List.of(region)));

        assertThat(route().ruleName()).isEqualTo("Renamed " + region);
    }

    @Test
    void a_deactivated_dealer_is_not_chosen_by_the_next_routing() {
        int version = staff("query($id: ID!) { partner(id: $id) { version } }", Map.of("id", dealer)).at("/data/partner/version").asInt();
        staff("mutation($id: ID!, $v: Int!) { deactivatePartner(input: {id: $id, expectedVersion: $v}) { partner { active } } }",
                Map.of("id", dealer, "v", version));

        assertThat(route().chosenId()).isNotEqualTo(dealer);
    }

    @Test
    void a_change_written_elsewhere_is_honoured_once_the_ttl_has_passed() {
        // As another node would: straight to the store, so this node hears nothing of it.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(dealer)), Update.update("active", false), "partners");
        assertThat(route().chosenId()).as("within the TTL the kept dealers are used").isEqualTo(dealer);

        clock.advance(Duration.ofSeconds(6));

        assertThat(route().chosenId()).isNotEqualTo(dealer);
    }

    @Test
    void the_active_dealer_ids_leads_check_follow_the_kept_dealers() {
        assertThat(router.activeDealerIds()).contains(dealer);
        int version = staff("query($id: ID!) { partner(id: $id) { version } }", Map.of("id", dealer)).at("/data/partner/version").asInt();
        staff("mutation($id: ID!, $v: Int!) { deactivatePartner(input: {id: $id, expectedVersion: $v}) { partner { active } } }",
                Map.of("id", dealer, "v", version));

        assertThat(router.activeDealerIds()).doesNotContain(dealer);
    }

    private RoutingDecision route() {
        LeadDetails lead = new LeadDetails(new LeadDetails.Contact("N", "n@x.demo", null), null,
                new LeadDetails.Address("IT", region, null), null, null);
        return router.decide(lead, List.of(), clock.instant());
    }

    private int rulesVersion() {
        return staff("{ routingRules { version } }", Map.of()).at("/data/routingRules/version").asInt();
    }

    private JsonNode staff(String query, Map<String, ?> variables) {
        return http.graphql(tokenFor("staff@canale.demo"), query, variables);
    }
}
