package io.canale.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The coordination board's figures (staff) and the cases grouped by product (suppliers, staff) over HTTP with real
 * tokens, and the list filters the board and the groups page with.
 */
class ServiceCaseBoardTests extends IntegrationTestBase {

    static final String COUNTS = "{ serviceCaseCounts { byStatus { status count } byWaitingOn { waitingOn count } } }";
    static final String PRODUCTS = "{ serviceCaseProducts { sku open total } }";
    static final String LIST = "query($status: ServiceCaseStatus, $on: CaseWaitingOn, $sku: String) { serviceCases(first: 100, "
            + "status: $status, waitingOn: $on, productSku: $sku) { edges { node { id status waitingOn productSku } } } }";
    static final String OPEN = "mutation($input: OpenServiceCaseInput!) { openServiceCase(input: $input) { serviceCase { id version } "
            + "userErrors { field code message } } }";
    static final String STEP = "mutation($id: ID!, $v: Int!) { %s(input: {id: $id, expectedVersion: $v}) { serviceCase { id version } "
            + "userErrors { field code message } } }";
    static final String WAIT = "mutation($id: ID!, $v: Int!, $on: CaseWaitingOn!) { waitOnServiceCase(input: {id: $id, expectedVersion: $v, "
            + "waitingOn: $on, reason: \"the lot number\"}) { serviceCase { id version } userErrors { field code message } } }";
    static final String RESOLVE = "mutation($id: ID!, $v: Int!) { resolveServiceCase(input: {id: $id, expectedVersion: $v, resolution: REPAIR}) { "
            + "serviceCase { id version } userErrors { field code message } } }";

    @Test
    void staff_count_cases_per_status_and_per_party_awaited_and_list_each_column() {
        String staff = tokenFor("staff@canale.demo");
        Map<String, Integer> statusBefore = byStatus(staff);
        Map<String, Integer> waitingBefore = byWaitingOn(staff);
        JsonNode waiting = waitOn(staff, open(tokenFor("dealer@canale.demo"), "TYR-205-55"), "SUPPLIER");
        JsonNode fresh = open(tokenFor("dealer2@canale.demo"), "LMP-LED-H7");

        Map<String, Integer> status = byStatus(staff);
        assertThat(status.keySet()).containsExactly("NEW", "TRIAGED", "IN_PROGRESS", "WAITING", "RESOLVED", "CLOSED");
        assertThat(status.get("WAITING")).isEqualTo(statusBefore.get("WAITING") + 1);
        assertThat(status.get("NEW")).isEqualTo(statusBefore.get("NEW") + 1);
        assertThat(status.get("IN_PROGRESS")).isEqualTo(statusBefore.get("IN_PROGRESS"));
        Map<String, Integer> onWhom = byWaitingOn(staff);
        assertThat(onWhom.keySet()).containsExactly("DEALER", "SUPPLIER", "CARRIER", "END_CUSTOMER");
        assertThat(onWhom.get("SUPPLIER")).isEqualTo(waitingBefore.get("SUPPLIER") + 1);
        assertThat(onWhom.get("DEALER")).isEqualTo(waitingBefore.get("DEALER"));
        assertThat(status.values().stream().mapToInt(Integer::intValue).sum()).as("every case counted once")
                .isEqualTo(statusBefore.values().stream().mapToInt(Integer::intValue).sum() + 2);

        assertThat(ids(staff, "WAITING", "SUPPLIER", null)).contains(waiting.path("id").asString()).doesNotContain(fresh.path("id").asString())
                .hasSize(onWhom.get("SUPPLIER"));
        assertThat(ids(staff, "WAITING", "DEALER", null)).doesNotContain(waiting.path("id").asString()).hasSize(onWhom.get("DEALER"));
        assertThat(ids(staff, "NEW", null, null)).contains(fresh.path("id").asString()).hasSize(status.get("NEW"));
    }

    @Test
    void a_supplier_sees_the_cases_it_takes_part_in_grouped_by_product_open_and_in_all() {
        String gallo = tokenFor("supplier2@canale.demo");
        String ferri = tokenFor("supplier@canale.demo");
        String staff = tokenFor("staff@canale.demo");
        Map<String, int[]> before = products(gallo);
        Map<String, int[]> ferriBefore = products(ferri);
        JsonNode lamp = open(tokenFor("dealer@canale.demo"), "LMP-LED-H7");
        JsonNode resolved = waitOn(staff, open(tokenFor("dealer2@canale.demo"), "lmp-led-h7"), "DEALER");
        http.payload(staff, RESOLVE, Map.of("id", resolved.path("id").asString(), "v", resolved.path("version").asInt()));

        Map<String, int[]> after = products(gallo);
        int[] lamps = before.getOrDefault("LMP-LED-H7", new int[2]);
        assertThat(after.get("LMP-LED-H7")).containsExactly(lamps[0] + 1, lamps[1] + 2);
        assertThat(products(ferri)).as("another supplier's product groups do not change")
                .allSatisfy((sku, counts) -> assertThat(counts).containsExactly(ferriBefore.get(sku)))
                .doesNotContainKey("LMP-LED-H7");
        List<Integer> open = new ArrayList<>();
        http.graphql(gallo, PRODUCTS).at("/data/serviceCaseProducts").forEach(group -> open.add(group.path("open").asInt()));
        assertThat(open).as("the most open cases first").isSortedAccordingTo((a, b) -> b - a);

        List<String> lampCases = ids(gallo, null, null, "lmp-led-h7");
        assertThat(lampCases).contains(lamp.path("id").asString(), resolved.path("id").asString())
                .hasSize(after.get("LMP-LED-H7")[1]);
        assertThat(ids(ferri, null, null, "LMP-LED-H7")).as("a supplier lists only the cases it takes part in").isEmpty();
        assertThat(ids(staff, null, null, "LMP-LED-H7")).contains(resolved.path("id").asString());
    }

    @Test
    void the_board_is_for_staff_and_the_product_groups_for_suppliers_and_staff() {
        for (String login : List.of("dealer@canale.demo", "dealer-system", "carrier@canale.demo", "carrier-system", "supplier@canale.demo",
                "supplier-system")) {
            http.expectError("FORBIDDEN", tokenFor(login), COUNTS);
        }
        for (String login : List.of("dealer@canale.demo", "dealer-system", "carrier@canale.demo", "carrier-system")) {
            http.expectError("FORBIDDEN", tokenFor(login), PRODUCTS);
        }
        http.graphql(tokenFor("supplier-system"), PRODUCTS);
        http.graphql(tokenFor("staff@canale.demo"), PRODUCTS);
    }

    @Test
    void the_list_filters_keep_to_the_cases_the_caller_takes_part_in() {
        String staff = tokenFor("staff@canale.demo");
        String id = waitOn(staff, open(tokenFor("dealer@canale.demo"), "TYR-205-55"), "DEALER").path("id").asString();
        assertThat(ids(tokenFor("dealer@canale.demo"), null, "DEALER", null)).contains(id);
        assertThat(ids(tokenFor("dealer2@canale.demo"), null, "DEALER", null)).as("another dealer's case").doesNotContain(id);
        assertThat(ids(tokenFor("dealer2@canale.demo"), null, null, "TYR-205-55")).doesNotContain(id);
        assertThat(ids(tokenFor("carrier@canale.demo"), "WAITING", null, null)).doesNotContain(id);
    }

    private JsonNode open(String dealer, String sku) {
        Map<String, Object> input = new HashMap<>();
        input.put("type", "COMPLAINT");
        input.put("subject", "Board " + UUID.randomUUID());
        input.put("productSku", sku);
        return http.payload(dealer, OPEN, Map.of("input", input)).path("serviceCase");
    }

    /** Triaged, started and put on hold on the party named. */
    private JsonNode waitOn(String staff, JsonNode opened, String on) {
        String id = opened.path("id").asString();
        JsonNode triaged = http.payload(staff, STEP.formatted("triageServiceCase"), Map.of("id", id, "v", opened.path("version").asInt()))
                .path("serviceCase");
        JsonNode started = http.payload(staff, STEP.formatted("startServiceCaseWork"), Map.of("id", id, "v", triaged.path("version").asInt()))
                .path("serviceCase");
        return http.payload(staff, WAIT, Map.of("id", id, "v", started.path("version").asInt(), "on", on)).path("serviceCase");
    }

    private Map<String, Integer> byStatus(String token) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        http.graphql(token, COUNTS).at("/data/serviceCaseCounts/byStatus")
                .forEach(each -> counts.put(each.path("status").asString(), each.path("count").asInt()));
        return counts;
    }

    private Map<String, Integer> byWaitingOn(String token) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        http.graphql(token, COUNTS).at("/data/serviceCaseCounts/byWaitingOn")
                .forEach(each -> counts.put(each.path("waitingOn").asString(), each.path("count").asInt()));
        return counts;
    }

    private Map<String, int[]> products(String token) {
        Map<String, int[]> groups = new java.util.LinkedHashMap<>();
        http.graphql(token, PRODUCTS).at("/data/serviceCaseProducts")
                .forEach(each -> groups.put(each.path("sku").asString(), new int[] {each.path("open").asInt(), each.path("total").asInt()}));
        return groups;
    }

    private List<String> ids(String token, String status, String on, String sku) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("status", status);
        variables.put("on", on);
        variables.put("sku", sku);
        List<String> ids = new ArrayList<>();
        http.graphql(token, LIST, variables).at("/data/serviceCases/edges").forEach(edge -> {
            JsonNode node = edge.path("node");
            if (status != null) {
                assertThat(node.path("status").asString()).isEqualTo(status);
            }
            if (on != null) {
                assertThat(node.path("waitingOn").asString()).isEqualTo(on);
            }
            if (sku != null) {
                assertThat(node.path("productSku").asString()).isEqualToIgnoringCase(sku);
            }
            ids.add(node.path("id").asString());
        });
        return ids;
    }
}
