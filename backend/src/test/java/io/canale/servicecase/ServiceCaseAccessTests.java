package io.canale.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Service cases attacked with the tokens of partners that take no part in them: the other dealer (person and
 * system), another supplier, a carrier; each must find nothing and change nothing. Parties see their share only.
 */
class ServiceCaseAccessTests extends IntegrationTestBase {

    static final List<String> OUTSIDERS = List.of("dealer2@canale.demo", "dealer2-system", "supplier@canale.demo", "supplier-system",
            "carrier@canale.demo", "carrier-system");

    /** Every mutation on one case, with the variables {@code id} and {@code v}. */
    static final Map<String, String> MUTATIONS = Map.ofEntries(
            Map.entry("triage", "mutation($id: ID!, $v: Int!) { triageServiceCase(input: {id: $id, expectedVersion: $v}) { userErrors { code } } }"),
            Map.entry("start", "mutation($id: ID!, $v: Int!) { startServiceCaseWork(input: {id: $id, expectedVersion: $v}) { userErrors { code } } }"),
            Map.entry("wait", "mutation($id: ID!, $v: Int!) { waitOnServiceCase(input: {id: $id, expectedVersion: $v, waitingOn: DEALER, reason: \"x\"}) { userErrors { code } } }"),
            Map.entry("resolve", "mutation($id: ID!, $v: Int!) { resolveServiceCase(input: {id: $id, expectedVersion: $v, resolution: REFUND}) { userErrors { code } } }"),
            Map.entry("close", "mutation($id: ID!, $v: Int!) { closeServiceCase(input: {id: $id, expectedVersion: $v}) { userErrors { code } } }"),
            Map.entry("reopen", "mutation($id: ID!, $v: Int!) { reopenServiceCase(input: {id: $id, expectedVersion: $v, reason: \"x\"}) { userErrors { code } } }"),
            Map.entry("add party", "mutation($id: ID!, $v: Int!) { addServiceCaseParty(input: {id: $id, expectedVersion: $v, partnerId: \"ptn_ferri_componenti\", role: SUPPLIER}) { userErrors { code } } }"),
            Map.entry("remove party", "mutation($id: ID!, $v: Int!) { removeServiceCaseParty(input: {id: $id, expectedVersion: $v, partnerId: \"ptn_gallo_ricambi\"}) { userErrors { code } } }"),
            Map.entry("override", "mutation($id: ID!, $v: Int!) { overrideWarrantyDecision(input: {id: $id, expectedVersion: $v, verdict: COVERED, reason: \"x\"}) { userErrors { code } } }"),
            Map.entry("comment", "mutation($id: ID!) { commentOnServiceCase(input: {id: $id, visibility: SHARED, body: \"x\"}) { userErrors { code } } }"));

    @Test
    void outsiders_find_nothing_and_change_nothing() {
        String dealer = tokenFor("dealer@canale.demo");
        JsonNode opened = open(dealer, Map.of("type", "WARRANTY_CLAIM", "subject", "Battery dead", "productSku", "BAT-12V-070",
                "endCustomer", Map.of("name", "Laura Neri", "email", "laura.neri@example.com")));
        String id = opened.path("id").asString();
        String commentId = http.payload(dealer, "mutation($id: ID!) { commentOnServiceCase(input: {id: $id, visibility: SHARED, body: \"hello\"}) "
                + "{ comment { id } userErrors { code } } }", Map.of("id", id)).at("/comment/id").asString();
        for (String outsider : OUTSIDERS) {
            String token = tokenFor(outsider);
            assertThat(http.graphql(token, "query($id: ID!) { serviceCase(id: $id) { id } }", Map.of("id", id)).at("/data/serviceCase").isNull())
                    .as(outsider).isTrue();
            assertThat(http.graphql(token, "{ serviceCases(first: 100) { edges { node { id } } } }").at("/data/serviceCases/edges")
                    .findValuesAsString("id")).as(outsider).doesNotContain(id);
            MUTATIONS.forEach((name, mutation) -> assertThat(http.userErrors(token, mutation, Map.of("id", id, "v", 0)).at("/0/code").asString())
                    .as(outsider + " " + name).isEqualTo("NOT_FOUND"));
            for (String edit : List.of(
                    "mutation($id: ID!, $c: ID!) { editServiceCaseComment(input: {id: $id, commentId: $c, body: \"x\"}) { userErrors { code } } }",
                    "mutation($id: ID!, $c: ID!) { deleteServiceCaseComment(input: {id: $id, commentId: $c}) { userErrors { code } } }")) {
                assertThat(http.userErrors(token, edit, Map.of("id", id, "c", commentId)).at("/0/code").asString()).as(outsider)
                        .isEqualTo("NOT_FOUND");
            }
        }
        JsonNode after = http.graphql(tokenFor("staff@canale.demo"), "query($id: ID!) { serviceCase(id: $id) { version status comments { body } } }",
                Map.of("id", id)).at("/data/serviceCase");
        assertThat(after.path("version").asInt()).as("nothing changed").isEqualTo(1);
        assertThat(after.path("status").asString()).isEqualTo("NEW");
        assertThat(after.path("comments").findValuesAsString("body")).containsExactly("hello");
        // ...while the parties do see it: the dealer and the supplier of the goods.
        assertThat(http.graphql(tokenFor("supplier2@canale.demo"), "query($id: ID!) { serviceCase(id: $id) { id endCustomer { name } } }",
                Map.of("id", id)).at("/data/serviceCase").toString()).isEqualTo("{\"id\":\"" + id + "\",\"endCustomer\":null}");
        assertThat(http.graphql(dealer, "query($id: ID!) { serviceCase(id: $id) { endCustomer { name } } }", Map.of("id", id))
                .at("/data/serviceCase/endCustomer/name").asString()).isEqualTo("Laura Neri");
    }

    @Test
    void a_case_links_only_order_lines_of_its_dealer_the_opener_may_see() {
        String rossi = tokenFor("dealer@canale.demo");
        String rossisOrder = http.graphql(rossi, "{ orders(first: 1) { edges { node { id } } } }").at("/data/orders/edges/0/node/id").asString();
        Map<String, Object> onRossisOrder = new HashMap<>(Map.of("type", "COMPLAINT", "subject", "x",
                "orderLines", List.of(Map.of("orderId", rossisOrder, "line", 1))));
        assertThat(http.userErrors(tokenFor("dealer2@canale.demo"), OPEN, Map.of("input", onRossisOrder)).at("/0/field").toString())
                .isEqualTo("[\"input\",\"orderLines\",\"0\",\"orderId\"]");
        assertThat(http.userErrors(tokenFor("dealer2-system"), OPEN, Map.of("input", onRossisOrder)).at("/0/code").asString())
                .isEqualTo("NOT_FOUND");
        http.expectError("FORBIDDEN", tokenFor("supplier2@canale.demo"), OPEN, Map.of("input", onRossisOrder));
        http.expectError("FORBIDDEN", tokenFor("carrier-system"), OPEN, Map.of("input", onRossisOrder));

        Map<String, Object> forBianchi = new HashMap<>(onRossisOrder);
        forBianchi.put("dealerId", "ptn_bianchi_moto");
        assertThat(http.userErrors(rossi, OPEN, Map.of("input", forBianchi)).at("/0/field").toString())
                .as("a dealer opens cases for itself only").isEqualTo("[\"input\",\"dealerId\"]");
        String staff = tokenFor("staff@canale.demo");
        assertThat(http.userErrors(staff, OPEN, Map.of("input", onRossisOrder)).at("/0/code").asString()).isEqualTo("REQUIRED");
        assertThat(http.userErrors(staff, OPEN, Map.of("input", forBianchi)).at("/0/field").toString())
                .as("Rossi's line on a case for Bianchi").isEqualTo("[\"input\",\"orderLines\",\"0\",\"orderId\"]");
        Map<String, Object> forRossi = new HashMap<>(onRossisOrder);
        forRossi.put("dealerId", "ptn_rossi_auto");
        assertThat(open(staff, forRossi).at("/dealer/id").asString()).isEqualTo("ptn_rossi_auto");
    }

    @Test
    void a_delivery_damage_case_brings_in_the_carrier_which_sees_it_but_not_the_end_customer() {
        String dealer = tokenFor("dealer@canale.demo");
        JsonNode order = http.graphql(dealer, "{ orders(first: 100, status: DELIVERED) { edges { node { id } } } }").at("/data/orders/edges/0/node");
        JsonNode opened = open(dealer, Map.of("type", "DELIVERY_DAMAGE", "subject", "Crushed box",
                "orderLines", List.of(Map.of("orderId", order.path("id").asString(), "line", 1)),
                "endCustomer", Map.of("name", "Laura Neri")));
        assertThat(opened.path("parties").toString()).contains("ptn_veloce_logistica", "CARRIER");
        for (String carrier : List.of("carrier@canale.demo", "carrier-system")) {
            JsonNode seen = http.graphql(tokenFor(carrier), "query($id: ID!) { serviceCase(id: $id) { id endCustomer { name } "
                    + "viewerCan { comment triage } } }", Map.of("id", opened.path("id").asString())).at("/data/serviceCase");
            assertThat(seen.path("id").asString()).as(carrier).isEqualTo(opened.path("id").asString());
            assertThat(seen.path("endCustomer").isNull()).isTrue();
            assertThat(seen.path("viewerCan").toString()).isEqualTo("{\"comment\":true,\"triage\":false}");
        }
    }

    static final String OPEN = "mutation($input: OpenServiceCaseInput!) { openServiceCase(input: $input) { serviceCase { id version "
            + "dealer { id } parties { partner { id } role } } userErrors { field code message } } }";

    private JsonNode open(String token, Map<String, Object> input) {
        return http.payload(token, OPEN, Map.of("input", input)).path("serviceCase");
    }
}
