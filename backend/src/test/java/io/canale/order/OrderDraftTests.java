package io.canale.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** Drafts: saved loosely, private to the dealer, submitted once however often the submission is retried. */
class OrderDraftTests extends IntegrationTestBase {

    static final String DRAFT = "id status version groupId dealer { id } lines { sku quantity } requestedDate deliveryAddress { city } ";
    static final String SAVE = "mutation($input: SaveOrderDraftInput!) { saveOrderDraft(input: $input) { draft { " + DRAFT
            + "} userErrors { field code } } }";
    static final String SUBMIT = "mutation($id: ID!, $v: Int!) { submitOrderDraft(input: {id: $id, expectedVersion: $v}) { "
            + "orders { id groupId status supplier { id } } userErrors { field code } } }";
    static final String DELETE = "mutation($id: ID!, $v: Int!) { deleteOrderDraft(input: {id: $id, expectedVersion: $v}) { deletedId userErrors { code } } }";
    static final String READ = "query($id: ID!) { orderDraft(id: $id) { " + DRAFT + "} }";
    static final Map<String, Object> ADDRESS = Map.of("recipient", "Rossi Auto", "street", "Via Roma 1", "postalCode", "20100",
            "city", "Milano", "country", "IT");

    @Autowired
    MongoOperations mongo;

    @Test
    void a_draft_is_saved_incomplete_and_submitted_later_into_one_order_per_supplier() {
        String dealer = tokenFor("dealer@canale.demo");
        JsonNode draft = save(dealer, null, null, List.of(line("frn-pad-001", 2), line("BAT-12V-070", 1)), null, null)
                .at("/data/saveOrderDraft/draft");
        assertThat(draft.path("status").asString()).isEqualTo("OPEN");
        assertThat(draft.at("/lines/0/sku").asString()).isEqualTo("FRN-PAD-001");
        String id = draft.path("id").asString();
        assertThat(listedDraftIds(dealer)).contains(id);

        JsonNode incomplete = http.userErrors(dealer, SUBMIT, Map.of("id", id, "v", draft.path("version").asInt()));
        assertThat(incomplete.toString()).contains("[\"input\",\"requestedDate\"]", "[\"input\",\"deliveryAddress\"]");
        assertThat(http.graphql(dealer, READ, Map.of("id", id)).at("/data/orderDraft/version").asInt())
                .as("a refused submission changes nothing").isEqualTo(draft.path("version").asInt());

        JsonNode complete = save(dealer, id, draft.path("version").asInt(), List.of(line("FRN-PAD-001", 2), line("BAT-12V-070", 1)),
                "2099-06-01", ADDRESS).at("/data/saveOrderDraft/draft");
        JsonNode submitted = http.payload(dealer, SUBMIT, Map.of("id", id, "v", complete.path("version").asInt()));
        assertThat(submitted.path("orders").size()).isEqualTo(2);
        String groupId = submitted.at("/orders/0/groupId").asString();
        JsonNode after = http.graphql(dealer, READ, Map.of("id", id)).at("/data/orderDraft");
        assertThat(after.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(after.path("groupId").asString()).isEqualTo(groupId);

        // Submitted drafts are done: submitting again replays the orders, edits are refused, and it is not listed.
        JsonNode replay = http.payload(dealer, SUBMIT, Map.of("id", id, "v", after.path("version").asInt()));
        assertThat(replay.path("orders").size()).isEqualTo(2);
        assertThat(replay.at("/orders/0/groupId").asString()).isEqualTo(groupId);
        assertThat(http.graphql(dealer, "query($g: ID) { orders(first: 10, groupId: $g) { edges { node { groupId } } } }",
                Map.of("g", groupId)).at("/data/orders/edges").size()).isEqualTo(2);
        assertThat(http.graphql(tokenFor("dealer2@canale.demo"), "query($g: ID) { orders(first: 10, groupId: $g) { edges { node { id } } } }",
                Map.of("g", groupId)).at("/data/orders/edges").size()).as("another dealer filtering by the group").isZero();
        assertThat(refusedSave(dealer, id, after.path("version").asInt(), List.of()).at("/0/code").asString()).isEqualTo("ILLEGAL_STATE");
        assertThat(listedDraftIds(dealer)).doesNotContain(id);
    }

    @Test
    void a_submission_cut_off_halfway_completes_on_retry_without_duplicates() {
        String dealer = tokenFor("dealer@canale.demo");
        JsonNode draft = save(dealer, null, null, List.of(line("FRN-PAD-001", 3), line("LMP-LED-H7", 2)), "2099-06-01", ADDRESS)
                .at("/data/saveOrderDraft/draft");
        String id = draft.path("id").asString();
        JsonNode first = http.payload(dealer, SUBMIT, Map.of("id", id, "v", draft.path("version").asInt())).path("orders");
        // As if the process died after writing the orders but before recording the draft as submitted.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("status", "SUBMITTING").unset("groupId"),
                OrderDraft.class);
        JsonNode retried = http.payload(dealer, SUBMIT, Map.of("id", id, "v", 0));
        assertThat(retried.path("orders").toString()).isEqualTo(first.toString());
        String groupId = first.at("/0/groupId").asString();
        JsonNode group = http.graphql(tokenFor("staff@canale.demo"), "{ orders(first: 100) { edges { node { groupId } } } }");
        assertThat(group.toString().split(groupId, -1).length - 1).isEqualTo(2);
    }

    @Test
    void what_could_never_be_submitted_is_refused_on_save_and_nothing_is_stored() {
        String dealer = tokenFor("dealer@canale.demo");
        List<String> before = listedDraftIds(dealer);
        Map<String, Object> bad = new HashMap<>(Map.of("lines", List.of(line("FRN-PAD-001", 0), line("frn-pad-001", 1), line("", 1)),
                "requestedDate", "01/06/2099"));
        JsonNode refused = http.graphql(dealer, SAVE, Map.of("input", bad)).at("/data/saveOrderDraft");
        assertThat(refused.path("draft").isNull()).isTrue();
        assertThat(refused.path("userErrors").toString()).contains("[\"input\",\"lines\",\"0\",\"quantity\"]",
                "[\"input\",\"lines\",\"1\",\"sku\"]", "DUPLICATE", "[\"input\",\"lines\",\"2\",\"sku\"]", "[\"input\",\"requestedDate\"]");
        assertThat(listedDraftIds(dealer)).as("nothing stored").isEqualTo(before);

        JsonNode draft = save(dealer, null, null, List.of(line("FRN-PAD-001", 1)), null, null).at("/data/saveOrderDraft/draft");
        assertThat(listedDraftIds(dealer)).as("a valid draft is stored").contains(draft.path("id").asString());
        JsonNode stale = refusedSave(dealer, draft.path("id").asString(), draft.path("version").asInt() + 1, List.of());
        assertThat(stale.at("/0/code").asString()).isEqualTo("VERSION_CONFLICT");
        assertThat(http.graphql(dealer, READ, Map.of("id", draft.path("id").asString())).at("/data/orderDraft/lines/0/sku").asString())
                .as("a stale save changes nothing").isEqualTo("FRN-PAD-001");
    }

    @Test
    void drafts_are_private_to_their_dealer() {
        String dealer = tokenFor("dealer@canale.demo");
        JsonNode draft = save(dealer, null, null, List.of(line("FRN-PAD-001", 1)), null, null).at("/data/saveOrderDraft/draft");
        String id = draft.path("id").asString();
        int version = draft.path("version").asInt();
        assertThat(http.graphql(dealer, READ, Map.of("id", id)).at("/data/orderDraft/id").asString()).isEqualTo(id);
        assertThat(listedDraftIds(dealer)).contains(id);
        for (String other : List.of("dealer2@canale.demo", "dealer2-system", "supplier@canale.demo", "supplier-system")) {
            String token = tokenFor(other);
            assertThat(http.graphql(token, READ, Map.of("id", id)).at("/data/orderDraft").isNull()).as(other).isTrue();
            assertThat(listedDraftIds(token)).as(other).doesNotContain(id);
        }
        String dealer2 = tokenFor("dealer2@canale.demo");
        assertThat(refusedSave(dealer2, id, version, List.of(line("BAT-12V-070", 9))).at("/0/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(http.userErrors(dealer2, SUBMIT, Map.of("id", id, "v", version)).at("/0/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(http.userErrors(dealer2, DELETE, Map.of("id", id, "v", version)).at("/0/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(http.graphql(dealer, READ, Map.of("id", id)).at("/data/orderDraft/lines").toString())
                .as("the other dealer changed nothing").isEqualTo("[{\"sku\":\"FRN-PAD-001\",\"quantity\":1}]");
        http.expectError("FORBIDDEN", tokenFor("carrier@canale.demo"), READ, Map.of("id", id));
        http.expectError("FORBIDDEN", tokenFor("supplier@canale.demo"), SAVE, Map.of("input", Map.of("lines", List.of())));
        // Staff read it; the dealer deletes it.
        assertThat(http.graphql(tokenFor("staff@canale.demo"), READ, Map.of("id", id)).at("/data/orderDraft/id").asString()).isEqualTo(id);
        assertThat(http.payload(dealer, DELETE, Map.of("id", id, "v", version)).path("deletedId").asString()).isEqualTo(id);
        assertThat(http.graphql(dealer, READ, Map.of("id", id)).at("/data/orderDraft").isNull()).isTrue();
    }

    private JsonNode save(String token, String id, Integer version, List<Map<String, Object>> lines, String requestedDate,
            Map<String, Object> address) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id);
        input.put("expectedVersion", version);
        input.put("lines", lines);
        input.put("requestedDate", requestedDate);
        input.put("deliveryAddress", address);
        return http.graphql(token, SAVE, Map.of("input", input));
    }

    private JsonNode refusedSave(String token, String id, int version, List<Map<String, Object>> lines) {
        Map<String, Object> input = new HashMap<>(Map.of("id", id, "expectedVersion", version, "lines", lines));
        return http.userErrors(token, SAVE, Map.of("input", input));
    }

    /** The ids of the drafts the token's holder lists, newest first. */
    private List<String> listedDraftIds(String token) {
        return http.graphql(token, "{ orderDrafts(first: 100) { edges { node { id } } } }").at("/data/orderDrafts/edges")
                .findValuesAsString("id");
    }

    private static Map<String, Object> line(String sku, int quantity) {
        return Map.of("sku", sku, "quantity", quantity);
    }
}
