package io.canale.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.canale.support.IntegrationTestBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The feed through HTTP with real tokens: each party reads its share of a service case's changes and no more, a
 * carrier reads its shipments of an order and never a price, outsiders find nothing, a reader resumes where it
 * stopped, cursors of other lists are refused.
 */
class ChangeFeedTests extends IntegrationTestBase {

    static final String CHANGES = "query($after: String, $types: [RecordType!]) { changes(first: 100, after: $after, types: $types) { "
            + "edges { cursor node { sequence recordType recordId changeType version at actor { kind name } fields { path before after } } } "
            + "pageInfo { hasNextPage endCursor } } }";
    static final String HISTORY = "query($id: ID!) { history(recordId: $id, first: 100) { edges { node { changeType version "
            + "actor { kind name } fields { path before after } } } } }";
    static final String OPEN = "mutation($input: OpenServiceCaseInput!) { openServiceCase(input: $input) { serviceCase { id version } "
            + "userErrors { field code message } } }";
    static final String COMMENT = "mutation($id: ID!, $v: CommentVisibility!, $to: ID, $body: String!) { commentOnServiceCase(input: "
            + "{id: $id, visibility: $v, addressedTo: $to, body: $body}) { comment { id } userErrors { code message } } }";

    @Test
    void each_party_reads_its_share_of_a_case_and_outsiders_nothing() {
        String dealer = tokenFor("dealer@canale.demo");
        String staff = tokenFor("staff@canale.demo");
        String id = http.payload(dealer, OPEN, Map.of("input", Map.of("type", "WARRANTY_CLAIM", "subject", "Feed battery",
                "productSku", "BAT-12V-070", "endCustomer", Map.of("name", "Laura Neri", "email", "laura.neri@example.com"))))
                .at("/serviceCase/id").asString();
        http.payload(staff, "mutation($id: ID!) { triageServiceCase(input: {id: $id, expectedVersion: 0}) { userErrors { code } } }",
                Map.of("id", id));
        comment(staff, id, "INTERNAL", null, "staff only note");
        comment(staff, id, "ADDRESSED", "ptn_gallo_ricambi", "for the supplier");
        comment(dealer, id, "SHARED", null, "for everybody");

        JsonNode all = awaitHistory(staff, id, 5);
        assertThat(all.findValuesAsString("changeType")).containsExactly("CREATED", "UPDATED", "UPDATED", "UPDATED", "UPDATED");
        JsonNode triage = all.get(1).path("node");
        assertThat(field(triage, "status")).isNotNull();
        assertThat(field(triage, "status").path("before").asString()).isEqualTo("\"NEW\"");
        assertThat(field(triage, "status").path("after").asString()).isEqualTo("\"TRIAGED\"");
        assertThat(paths(all)).anyMatch(path -> path.startsWith("endCustomer."));
        assertThat(bodies(all)).contains("staff only note", "for the supplier", "for everybody");

        JsonNode dealers = history(dealer, id);
        assertThat(paths(dealers)).anyMatch(path -> path.startsWith("endCustomer."));
        assertThat(bodies(dealers)).containsExactly("for everybody");
        assertThat(paths(dealers)).noneMatch(path -> path.startsWith("coordinator") || path.startsWith("transitions"));

        JsonNode suppliers = history(tokenFor("supplier2@canale.demo"), id);
        assertThat(bodies(suppliers)).containsExactlyInAnyOrder("for the supplier", "for everybody");
        assertThat(paths(suppliers)).noneMatch(path -> path.startsWith("endCustomer"));
        assertThat(suppliers.toString()).doesNotContain("laura.neri@example.com").doesNotContain("dealer@canale.demo");

        for (String outsider : List.of("dealer2@canale.demo", "dealer2-system", "supplier@canale.demo", "supplier-system",
                "carrier-system")) {
            String token = tokenFor(outsider);
            http.expectError("NOT_FOUND", token, HISTORY, Map.of("id", id));
            assertThat(readAll(token, null).toString()).as(outsider).doesNotContain(id);
        }
    }

    @Test
    void a_carrier_reads_its_shipments_of_orders_and_never_a_price() {
        List<JsonNode> carriers = readAll(tokenFor("carrier-system"), List.of("ORDER"));
        assertThat(carriers).as("the demo orders' shipments by Veloce").isNotEmpty();
        for (JsonNode change : carriers) {
            change.at("/node/fields").forEach(field -> assertThat(field.path("path").asString()).startsWith("shipments."));
        }
        assertThat(carriers.toString()).doesNotContain("unitPrice").doesNotContain("endCustomer");
        List<JsonNode> staffs = readAll(tokenFor("staff@canale.demo"), List.of("ORDER"));
        assertThat(staffs.toString()).contains("unitPrice");
    }

    @Test
    void a_reader_resumes_after_its_cursor_and_gets_exactly_what_came_since() {
        String system = tokenFor("dealer-system");
        List<JsonNode> before = new ArrayList<>();
        String cursor = drain(system, null, before);
        JsonNode created = http.payload(system, "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } "
                + "userErrors { field code message } } }", Map.of("input", Map.of("idempotencyKey", "feed-resume-1",
                "contact", Map.of("name", "Feed Resume", "email", "feed.resume@example.com"),
                "address", Map.of("country", "IT", "region", "Lazio"))));
        String leadId = created.at("/lead/id").asString();
        List<JsonNode> since = new ArrayList<>();
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            since.clear();
            drain(system, cursor, since);
            return since.stream().anyMatch(edge -> edge.at("/node/recordId").asString().equals(leadId));
        });
        assertThat(since).extracting(edge -> edge.at("/node/recordId").asString()).containsOnly(leadId);
        JsonNode lead = since.getFirst().path("node");
        assertThat(lead.path("changeType").asString()).isEqualTo("CREATED");
        assertThat(lead.path("recordType").asString()).isEqualTo("LEAD");
        assertThat(lead.at("/actor/name").asString()).as("the partner system in words").isEqualTo("Rossi Auto DMS (partner system)");
        long previous = 0;
        for (JsonNode edge : before) {
            long sequence = Long.parseLong(edge.at("/node/sequence").asString());
            assertThat(sequence).isGreaterThan(previous);
            previous = sequence;
        }
    }

    @Test
    void stock_levels_drafts_and_partner_records_reach_only_their_own_partner() {
        String ferri = tokenFor("supplier-system");
        http.payload(ferri, "mutation($items: [StockItemInput!]!) { publishStock(input: {items: $items}) { applied "
                + "userErrors { field code message } } }", Map.of("items", List.of(Map.of("sku", "FRN-DSC-002", "available", 7321))));
        await().atMost(Duration.ofSeconds(15)).until(() -> readAll(ferri, List.of("STOCK_LEVEL")).toString().contains("7321"));
        assertThat(readAll(tokenFor("staff@canale.demo"), List.of("STOCK_LEVEL")).toString()).contains("7321");
        for (String other : List.of("supplier2@canale.demo", "dealer@canale.demo", "dealer-system", "carrier-system")) {
            assertThat(readAll(tokenFor(other), List.of("STOCK_LEVEL")).toString()).as(other).doesNotContain("7321");
        }

        String dealer = tokenFor("dealer@canale.demo");
        JsonNode draft = http.payload(dealer, "mutation($input: SaveOrderDraftInput!) { saveOrderDraft(input: $input) { draft { id version } "
                + "userErrors { field code message } } }", Map.of("input", Map.of("lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", 3)))))
                .path("draft");
        String draftId = draft.path("id").asString();
        http.payload(dealer, "mutation($id: ID!, $v: Int!) { deleteOrderDraft(input: {id: $id, expectedVersion: $v}) { deletedId "
                + "userErrors { field code message } } }", Map.of("id", draftId, "v", draft.path("version").asInt()));
        JsonNode drafts = awaitHistory(dealer, draftId, 2);
        assertThat(drafts.findValuesAsString("changeType")).containsExactly("CREATED", "DELETED");
        assertThat(paths(drafts)).contains("deletedAt");
        assertThat(http.graphql(dealer, "query($id: ID!) { orderDraft(id: $id) { id } }", Map.of("id", draftId))
                .at("/data/orderDraft").isNull()).as("gone for readers").isTrue();
        for (String other : List.of("dealer2@canale.demo", "supplier-system", "carrier-system")) {
            http.expectError("NOT_FOUND", tokenFor(other), HISTORY, Map.of("id", draftId));
        }

        List<JsonNode> partners = readAll(tokenFor("dealer2-system"), List.of("PARTNER"));
        assertThat(partners).extracting(edge -> edge.at("/node/recordId").asString()).isNotEmpty().containsOnly("ptn_bianchi_moto");
    }

    @Test
    void cursors_of_other_lists_and_edited_cursors_are_refused() {
        String system = tokenFor("dealer-system");
        String leadsCursor = http.graphql(system, "{ leads(first: 1) { pageInfo { endCursor } } }").at("/data/leads/pageInfo/endCursor").asString();
        http.expectError("INVALID_CURSOR", system, CHANGES, vars(leadsCursor, null));
        http.expectError("INVALID_CURSOR", system, CHANGES, vars("not-a-cursor", null));
        String own = http.graphql(system, CHANGES, vars(null, null)).at("/data/changes/pageInfo/endCursor").asString();
        http.expectError("INVALID_CURSOR", system, "query($id: ID!, $after: String) { history(recordId: $id, after: $after) { edges { cursor } } }",
                Map.of("id", "x", "after", own));
    }

    private void comment(String token, String id, String visibility, String to, String body) {
        Map<String, Object> variables = new HashMap<>(Map.of("id", id, "v", visibility, "body", body));
        variables.put("to", to);
        http.payload(token, COMMENT, variables);
    }

    private JsonNode awaitHistory(String token, String id, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> history(token, id).size() >= count);
        return history(token, id);
    }

    private JsonNode history(String token, String id) {
        return http.graphql(token, HISTORY, Map.of("id", id)).at("/data/history/edges");
    }

    private List<JsonNode> readAll(String token, List<String> types) {
        List<JsonNode> edges = new ArrayList<>();
        drain(token, null, edges, types);
        return edges;
    }

    private String drain(String token, String after, List<JsonNode> into) {
        return drain(token, after, into, null);
    }

    /** Reads the feed to its end from {@code after}; answers the cursor to resume from. */
    private String drain(String token, String after, List<JsonNode> into, List<String> types) {
        String cursor = after;
        boolean more = true;
        while (more) {
            JsonNode page = http.graphql(token, CHANGES, vars(cursor, types)).at("/data/changes");
            page.path("edges").forEach(into::add);
            more = page.at("/pageInfo/hasNextPage").asBoolean();
            cursor = page.at("/pageInfo/endCursor").asString();
        }
        return cursor;
    }

    private static Map<String, Object> vars(String after, List<String> types) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("after", after);
        variables.put("types", types);
        return variables;
    }

    private static JsonNode field(JsonNode change, String path) {
        for (JsonNode field : change.path("fields")) {
            if (field.path("path").asString().equals(path)) {
                return field;
            }
        }
        return null;
    }

    private static List<String> paths(JsonNode edges) {
        List<String> paths = new ArrayList<>();
        edges.forEach(edge -> edge.at("/node/fields").forEach(field -> paths.add(field.path("path").asString())));
        return paths;
    }

    /** The comment texts the changes carry. */
    private static List<String> bodies(JsonNode edges) {
        List<String> bodies = new ArrayList<>();
        edges.forEach(edge -> edge.at("/node/fields").forEach(field -> {
            if (field.path("path").asString().matches("comments\\.\\d+\\.body")) {
                bodies.add(field.path("after").asString().replace("\"", ""));
            }
        }));
        return bodies;
    }
}
