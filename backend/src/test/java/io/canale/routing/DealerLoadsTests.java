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
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The dealers' open-lead counts routing keeps between leads ({@link DealerLoads}): a lead created or changed through
 * this node is honoured by the very next routing; one written elsewhere (another node, straight to the store) at the
 * latest once the TTL has passed on the node's clock.
 */
// The lead-routing tests' context.
@TestPropertySource(properties = "canale.test.isolation=lead-routing")
class DealerLoadsTests extends IntegrationTestBase {

    static final String CREATE = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id dealer { id } } "
            + "userErrors { field code message } } }";

    @Autowired
    LeadRouter router;
    @Autowired
    MongoOperations mongo;
    @Autowired
    MutableClock clock;

    String region;
    String dealer;

    @BeforeEach
    void a_region_with_one_dealer_and_a_rule_taking_one_open_lead_each() {
        region = "Loads-" + UUID.randomUUID();
        dealer = staff("mutation($n: String!, $r: [String!]!) { createPartner(input: {type: DEALER, name: $n, "
                + "territory: {countries: [\"IT\"], regions: $r}}) { partner { id } userErrors { code } } }",
                Map.of("n", "Dealer " + region, "r", List.of(region))).at("/data/createPartner/partner/id").asString();
        int version = staff("{ routingRules { version } }", Map.of()).at("/data/routingRules/version").asInt();
        staff("mutation($v: Int!, $r: [String!]!) { createRoutingRule(input: {expectedVersion: $v, position: 1, "
                + "rule: {name: \"Rule " + region + "\", countries: [\"IT\"], regions: $r, maxOpenLeadsPerDealer: 1}}) { "
                + "routingRules { version } } }", Map.of("v", version, "r", List.of(region)));
        assertThat(route().ruleName()).isEqualTo("Rule " + region); // its load read (no open lead) and now kept
    }

    @Test
    void a_lead_created_through_this_node_fills_its_dealer_at_once() {
        JsonNode lead = createLead();
        assertThat(lead.at("/dealer/id").asString()).isEqualTo(dealer);

        assertThat(full(route())).isTrue();
    }

    @Test
    void a_lead_that_leaves_its_dealer_through_this_node_frees_the_place_at_once() {
        String id = createLead().path("id").asString();
        assertThat(full(route())).isTrue();

        // As a decline or an expiry with no further candidate saves it: back with staff, no dealer.
        Document stored = mongo.findById(id, Document.class, "leads");
        stored.put("status", "UNASSIGNED");
        stored.remove("dealerId");
        stored.put("version", ((Number) stored.get("version")).longValue() + 1);
        mongo.save(stored, "leads");

        RoutingDecision next = route();
        assertThat(full(next)).isFalse();
        assertThat(next.ruleName()).isEqualTo("Rule " + region);
        assertThat(next.chosenId()).isEqualTo(dealer);
    }

    @Test
    void an_open_lead_written_elsewhere_counts_once_the_ttl_has_passed() {
        // A node's counts with a clock of their own, so that the TTL passes only when the test says.
        MutableClock own = new MutableClock();
        DealerLoads node = new DealerLoads(mongo, own, Duration.ofMinutes(1));
        assertThat(node.of(List.of(dealer))).containsEntry(dealer, 0L);
        String elsewhere = "lead_elsewhere_" + UUID.randomUUID();
        // As another node would: straight to the store, so this node hears nothing of it.
        mongo.getCollection("leads").insertOne(new Document("_id", elsewhere).append("status", "ROUTED").append("dealerId", dealer)
                .append("version", 0L));
        try {
            assertThat(node.of(List.of(dealer))).as("within the TTL the kept count is used").containsEntry(dealer, 0L);

            own.advance(Duration.ofMinutes(1));

            assertThat(node.of(List.of(dealer))).containsEntry(dealer, 1L);
        } finally {
            mongo.remove(Query.query(Criteria.where("_id").is(elsewhere)), "leads");
        }
    }

    /** The region's rule had no dealer below capacity (the lead went on to a later rule). */
    private boolean full(RoutingDecision decision) {
        return decision.skipped().contains(new RoutingDecision.Skipped("Rule " + region, "FULL"));
    }

    private JsonNode createLead() {
        Map<String, Object> input = Map.of("contact", Map.of("name", "Load", "email", UUID.randomUUID() + "@loads.example"),
                "address", Map.of("country", "IT", "region", region));
        return http.payload(tokenFor("staff@canale.demo"), CREATE, Map.of("input", input)).path("lead");
    }

    private RoutingDecision route() {
        LeadDetails lead = new LeadDetails(new LeadDetails.Contact("N", "n@x.demo", null), null,
                new LeadDetails.Address("IT", region, null), null, null);
        return router.decide(lead, List.of(), clock.instant());
    }

    private JsonNode staff(String query, Map<String, ?> variables) {
        return http.graphql(tokenFor("staff@canale.demo"), query, variables);
    }
}
