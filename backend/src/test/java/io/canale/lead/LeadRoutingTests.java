package io.canale.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import io.canale.support.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Leads end to end over HTTP with real tokens: capture, routing by rules with round-robin and capacity,
 * acceptance, decline and deadline expiry with re-routing (driven by a movable clock, no sleeping).
 */
// Its own application context: moving the clock here must not expire the leads other tests look at.
@TestPropertySource(properties = "canale.test.isolation=lead-routing")
public class LeadRoutingTests extends IntegrationTestBase {

    static final String LEAD_FIELDS = "id status version acceptBy contact { name } dealer { id name } possibleDuplicates { leadId reason } "
            + "routingDecisions { ruleName chosen { id } candidates { id } explanation } timeline { event summary }";
    public static final String CREATE = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { " + LEAD_FIELDS
            + " } userErrors { field code message } } }";
    static final String ACCEPT = "mutation($id: ID!, $v: Int!) { acceptLead(input: {id: $id, expectedVersion: $v}) { lead { "
            + LEAD_FIELDS + " } userErrors { field code message } } }";
    static final String DECLINE = "mutation($id: ID!, $v: Int!, $r: String!) { declineLead(input: {id: $id, expectedVersion: $v, reason: $r}) { lead { "
            + LEAD_FIELDS + " } userErrors { field code message } } }";
    static final String LEAD = "query($id: ID!) { lead(id: $id) { " + LEAD_FIELDS + " } }";

    @Autowired
    MutableClock clock;
    @Autowired
    Leads leads;

    /** A region of its own per test, with two dealers covering it and a rule at the top for it. */
    String region;
    String dealerA;
    String dealerB;

    @BeforeEach
    void territory() {
        region = "Regione-" + UUID.randomUUID();
        dealerA = dealer("Alfa " + region);
        dealerB = dealer("Beta " + region);
        JsonNode rules = staff("{ routingRules { version } }").at("/data/routingRules");
        JsonNode created = staff("mutation($v: Int!, $r: [String!]!) { createRoutingRule(input: {expectedVersion: $v, position: 1, "
                + "rule: {name: \"Rule " + region + "\", countries: [\"IT\"], regions: $r, maxOpenLeadsPerDealer: 2}}) { "
                + "routingRules { rules { name position } } userErrors { code } } }",
                Map.of("v", rules.path("version").asInt(), "r", List.of(region)));
        assertThat(created.at("/data/createRoutingRule/routingRules/rules/0/name").asString()).isEqualTo("Rule " + region);
    }

    @Test
    void a_staff_lead_is_routed_by_the_first_applying_rule_with_an_explanation() {
        JsonNode lead = create(Map.of("name", "Mario Verdi", "email", "mario-" + UUID.randomUUID() + "@example.com"));
        assertThat(lead.path("status").asString()).isEqualTo("ROUTED");
        assertThat(lead.at("/dealer/id").asString()).isIn(dealerA, dealerB);
        assertThat(lead.at("/routingDecisions/0/ruleName").asString()).isEqualTo("Rule " + region);
        assertThat(lead.at("/routingDecisions/0/candidates").size()).isEqualTo(2);
        assertThat(lead.at("/routingDecisions/0/explanation").asString()).contains("round-robin");
        assertThat(lead.path("acceptBy").asString()).isNotBlank();
    }

    @Test
    void timeline_and_routing_explanations_follow_the_readers_language() {
        JsonNode lead = create(contact());
        String query = "query($id: ID!) { lead(id: $id) { timeline { event summary } routingDecisions { explanation } } }";
        var italian = http.graphqlRaw(tokenFor("staff@canale.demo"), query, Map.of("id", lead.path("id").asString()),
                "application/json", "it");
        JsonNode it = io.canale.support.Http.json(italian).at("/data/lead");
        assertThat(it.path("timeline").toString()).contains("Lead acquisito (API)", "Assegnato a un dealer");
        assertThat(it.at("/routingDecisions/0/explanation").asString()).startsWith("Si applica la regola 'Rule " + region + "'");
        JsonNode en = http.graphql(tokenFor("staff@canale.demo"), query, Map.of("id", lead.path("id").asString())).at("/data/lead");
        assertThat(en.path("timeline").toString()).contains("Lead captured (API)");
        assertThat(en.at("/routingDecisions/0/explanation").asString()).startsWith("Rule 'Rule " + region + "' applies");
    }

    @Test
    void ties_rotate_round_robin_and_capacity_is_respected() {
        String first = create(contact()).at("/dealer/id").asString();
        String second = create(contact()).at("/dealer/id").asString();
        assertThat(List.of(first, second)).containsExactlyInAnyOrder(dealerA, dealerB);
        create(contact());
        create(contact());
        // Both dealers now hold 2 open leads, the rule's capacity: the next lead falls through to the next rule.
        JsonNode fifth = create(contact());
        assertThat(fifth.at("/routingDecisions/0/ruleName").asString()).isNotEqualTo("Rule " + region);
        assertThat(fifth.at("/routingDecisions/0/explanation").asString()).contains("no dealer below capacity");
    }

    @Test
    void the_routed_dealer_accepts_and_owns_the_lead_and_others_cannot_see_it() {
        JsonNode lead = create(contact());
        assertThat(lead.path("routingDecisions").size()).as("staff see the routing details").isPositive();
        assertThat(lead.path("timeline").toString()).contains("ROUTING_DECIDED");
        String routedTo = lead.at("/dealer/id").asString();
        String dealerToken = dealerUserToken(routedTo);
        JsonNode seen = http.graphql(dealerToken, LEAD, Map.of("id", lead.path("id").asString())).at("/data/lead");
        assertThat(seen.path("id").asString()).isEqualTo(lead.path("id").asString());
        assertThat(seen.path("routingDecisions").isArray()).isTrue();
        assertThat(seen.path("routingDecisions").isEmpty()).as("routing details are for staff").isTrue();
        assertThat(seen.path("timeline").toString()).contains("LEAD_ROUTED").doesNotContain("ROUTING_DECIDED");

        assertThat(http.graphql(tokenFor("dealer2@canale.demo"), LEAD, Map.of("id", lead.path("id").asString()))
                .at("/data/lead").isNull()).isTrue();
        JsonNode stolen = http.userErrors(tokenFor("dealer2@canale.demo"), ACCEPT,
                Map.of("id", lead.path("id").asString(), "v", lead.path("version").asInt()));
        assertThat(stolen.at("/0/code").asString()).isEqualTo("NOT_FOUND");

        JsonNode accepted = http.graphql(dealerToken, ACCEPT, Map.of("id", lead.path("id").asString(),
                "v", lead.path("version").asInt())).at("/data/acceptLead/lead");
        assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("acceptBy").isNull()).isTrue();
        assertThat(accepted.path("timeline").toString()).contains("LEAD_ACCEPTED");
    }

    @Test
    void a_decline_moves_the_lead_to_the_next_candidate_and_after_the_last_back_to_staff() {
        JsonNode lead = create(contact());
        String id = lead.path("id").asString();
        String firstDealer = lead.at("/dealer/id").asString();
        JsonNode missingReason = http.userErrors(dealerUserToken(firstDealer), DECLINE,
                Map.of("id", id, "v", lead.path("version").asInt(), "r", " "));
        assertThat(missingReason.at("/0/field").toString()).isEqualTo("[\"input\",\"reason\"]");

        JsonNode declined = http.payload(dealerUserToken(firstDealer), DECLINE,
                Map.of("id", id, "v", lead.path("version").asInt(), "r", "Fuori zona")).path("lead");
        assertThat(declined.isNull()).as("the first dealer no longer sees the lead").isTrue();
        JsonNode now = staff(LEAD, Map.of("id", id)).at("/data/lead");
        String secondDealer = now.at("/dealer/id").asString();
        assertThat(secondDealer).isNotEqualTo(firstDealer).isIn(dealerA, dealerB);
        assertThat(now.path("timeline").toString()).contains("LEAD_DECLINED", "Fuori zona");
        JsonNode seenBySecond = http.graphql(dealerUserToken(secondDealer), LEAD, Map.of("id", id)).at("/data/lead");
        assertThat(seenBySecond.path("id").asString()).as("the second dealer sees the lead").isEqualTo(id);
        assertThat(seenBySecond.path("timeline").toString()).as("but not the first dealer's answer")
                .contains("LEAD_ROUTED").doesNotContain("LEAD_DECLINED", "Fuori zona");

        http.payload(dealerUserToken(secondDealer), DECLINE, Map.of("id", id, "v", now.path("version").asInt(), "r", "Pieno"));
        JsonNode unassigned = staff(LEAD, Map.of("id", id)).at("/data/lead");
        assertThat(unassigned.path("status").asString()).isEqualTo("UNASSIGNED");
        assertThat(unassigned.path("dealer").isNull()).isTrue();
        assertThat(unassigned.at("/routingDecisions/2/explanation").asString()).contains("back with staff");
    }

    @Test
    void when_the_deadline_passes_the_lead_is_rerouted_and_a_late_accept_is_refused() {
        JsonNode lead = create(contact());
        String id = lead.path("id").asString();
        String firstDealer = lead.at("/dealer/id").asString();

        clock.advance(Duration.ofHours(49));
        JsonNode late = http.graphql(dealerUserToken(firstDealer), ACCEPT, Map.of("id", id, "v", lead.path("version").asInt()))
                .at("/data/acceptLead");
        assertThat(late.at("/userErrors/0/code").asString()).isEqualTo("ILLEGAL_STATE");

        leads.rerouteOverdue(500);
        leads.rerouteOverdue(500); // idempotent: a second run finds nothing new for this lead
        JsonNode rerouted = staff(LEAD, Map.of("id", id)).at("/data/lead");
        assertThat(rerouted.path("status").asString()).isEqualTo("ROUTED");
        assertThat(rerouted.at("/dealer/id").asString()).isNotEqualTo(firstDealer);
        assertThat(rerouted.path("timeline").toString()).contains("LEAD_EXPIRED");
        assertThat(rerouted.path("routingDecisions").size()).isEqualTo(2);
    }

    @Test
    void a_replayed_idempotency_key_returns_the_original_lead() {
        String key = "crm-" + UUID.randomUUID();
        Map<String, Object> input = input(contact(), key);
        JsonNode first = staff(CREATE, Map.of("input", input)).at("/data/createLead/lead");
        JsonNode again = staff(CREATE, Map.of("input", input)).at("/data/createLead/lead");
        assertThat(again.path("id").asString()).isEqualTo(first.path("id").asString());
    }

    @Test
    void a_dealer_system_owns_the_leads_it_captures_and_duplicates_are_flagged() {
        String email = "dup-" + UUID.randomUUID() + "@example.com";
        JsonNode own = http.graphql(tokenFor("dealer-system"), CREATE, Map.of("input", input(Map.of("name", "Anna Blu",
                "email", email), null))).at("/data/createLead/lead");
        assertThat(own.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(own.at("/dealer/id").asString()).isEqualTo("ptn_rossi_auto");

        JsonNode second = create(Map.of("name", "Anna Blu", "email", email.toUpperCase()));
        assertThat(second.at("/possibleDuplicates/0/leadId").asString()).isEqualTo(own.path("id").asString());
        assertThat(second.at("/possibleDuplicates/0/reason").asString()).isEqualTo("SAME_EMAIL");
    }

    @Test
    void invalid_input_is_refused_field_by_field_and_nothing_is_created() {
        String newestBefore = newestLeadId();
        JsonNode refused = staff(CREATE, Map.of("input", Map.of("contact", Map.of("name", "", "email", "nope", "phone", "x"),
                "address", Map.of("country", "IT", "postalCode", "1".repeat(20))))).at("/data/createLead");
        assertThat(refused.path("lead").isNull()).isTrue();
        assertThat(refused.path("userErrors").toString()).contains("[\"input\",\"contact\",\"name\"]",
                "[\"input\",\"contact\",\"email\"]", "[\"input\",\"contact\",\"phone\"]", "[\"input\",\"address\",\"postalCode\"]");
        assertThat(newestLeadId()).as("nothing created").isEqualTo(newestBefore);
        String valid = create(contact()).path("id").asString();
        assertThat(newestLeadId()).as("a valid lead is created").isEqualTo(valid);
    }

    @Test
    void staff_merge_a_duplicate_into_the_survivor_which_takes_the_missing_details() {
        String email = "merge-" + UUID.randomUUID() + "@example.com";
        JsonNode survivor = create(Map.of("name", "Lia Rosa", "phone", "+39 070 5550000"));
        JsonNode duplicate = create(Map.of("name", "Lia Rosa", "email", email, "phone", "+39 070 5550000"));
        assertThat(duplicate.at("/possibleDuplicates/0/leadId").asString()).isEqualTo(survivor.path("id").asString());
        String merge = "mutation($s: ID!, $sv: Int!, $d: ID!, $dv: Int!) { mergeLeads(input: {survivorId: $s, survivorVersion: $sv, "
                + "duplicateId: $d, duplicateVersion: $dv}) { lead { id contact { email } timeline { event } } userErrors { field code } } }";
        Map<String, Object> variables = Map.of("s", survivor.path("id").asString(), "sv", survivor.path("version").asInt(),
                "d", duplicate.path("id").asString(), "dv", duplicate.path("version").asInt());
        http.expectError("FORBIDDEN", tokenFor("dealer@canale.demo"), merge, variables);

        JsonNode merged = staff(merge, variables).at("/data/mergeLeads/lead");
        assertThat(merged.at("/contact/email").asString()).isEqualTo(email);
        assertThat(merged.path("timeline").toString()).contains("LEAD_MERGED_IN");
        JsonNode ended = staff("query($id: ID!) { lead(id: $id) { status mergedInto dealer { id } } }",
                Map.of("id", duplicate.path("id").asString())).at("/data/lead");
        assertThat(ended.path("status").asString()).isEqualTo("MERGED");
        assertThat(ended.path("mergedInto").asString()).isEqualTo(survivor.path("id").asString());
        assertThat(ended.path("dealer").isNull()).isTrue();
        JsonNode again = staff(merge, variables).at("/data/mergeLeads");
        assertThat(again.at("/userErrors/0/code").asString()).isEqualTo("VERSION_CONFLICT");
    }

    @Test
    void suppliers_and_carriers_have_no_access_to_leads() {
        http.expectError("FORBIDDEN", tokenFor("supplier@canale.demo"), "{ leads { edges { node { id } } } }");
        http.expectError("FORBIDDEN", tokenFor("carrier-system"), CREATE, Map.of("input", input(contact(), null)));
        http.expectError("FORBIDDEN", tokenFor("dealer@canale.demo"), "{ routingRules { version } }");
    }

    private JsonNode create(Map<String, String> contact) {
        return http.payload(tokenFor("staff@canale.demo"), CREATE, Map.of("input", input(contact, null))).path("lead");
    }

    private String newestLeadId() {
        return staff("{ leads(first: 1) { edges { node { id } } } }").at("/data/leads/edges/0/node/id").asString();
    }

    private Map<String, Object> input(Map<String, String> contact, String key) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("contact", contact,
                "address", Map.of("country", "IT", "region", region, "postalCode", "09100")));
        if (key != null) {
            input.put("idempotencyKey", key);
        }
        return input;
    }

    private static Map<String, String> contact() {
        return Map.of("name", "Cliente " + UUID.randomUUID().toString().substring(0, 8),
                "phone", "+39 070 " + (1_000_000 + (int) (Math.random() * 8_000_000)));
    }

    private String dealer(String name) {
        return http.payload(tokenFor("staff@canale.demo"), "mutation($n: String!, $r: [String!]!) { createPartner(input: {type: DEALER, name: $n, "
                + "territory: {countries: [\"IT\"], regions: $r}}) { partner { id } userErrors { code } } }",
                Map.of("n", name, "r", List.of(region))).at("/partner/id").asString();
    }

    /** Invites and activates an admin for a test dealer, and signs in as that person. */
    private String dealerUserToken(String dealerId) {
        return tokenFor(accountOf(dealerId));
    }

    private String accountOf(String dealerId) {
        String email = "admin-" + dealerId + "@dealer.demo";
        JsonNode invited = staff("mutation($p: ID!, $e: String!) { inviteUser(input: {partnerId: $p, email: $e, displayName: \"Admin\", role: ADMIN}) { invitationUrl userErrors { code } } }",
                Map.of("p", dealerId, "e", email)).at("/data/inviteUser");
        if (invited.at("/userErrors/0/code").asString().equals("DUPLICATE")) {
            return email;
        }
        String link = invited.path("invitationUrl").asString();
        String path = link.substring(link.indexOf("/invitation"));
        http.formWithSession("/invitation", path, Map.of("token", link.substring(link.indexOf("token=") + 6),
                "password", io.canale.support.Http.DEMO_PASSWORD, "confirmation", io.canale.support.Http.DEMO_PASSWORD));
        return email;
    }

    private JsonNode staff(String query) {
        return http.graphql(tokenFor("staff@canale.demo"), query);
    }

    private JsonNode staff(String query, Map<String, ?> variables) {
        return http.graphql(tokenFor("staff@canale.demo"), query, variables);
    }
}
