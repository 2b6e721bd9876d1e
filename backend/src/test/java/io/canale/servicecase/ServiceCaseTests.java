package io.canale.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import io.canale.support.MutableClock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A service case end to end over HTTP, with the dealer's, the supplier's, the carrier's and staff's real tokens. */
class ServiceCaseTests extends IntegrationTestBase {

    static final String CASE = "id status version type priority subject waitingOn waitingReason resolution resolutionNote coordinator "
            + "dealer { id } parties { partner { id } role } endCustomer { name email } lines { orderId line sku } "
            + "warranty { verdict decidedVerdict explanation lines { verdict explanation deliveredOn termMonths coveredUntil } override { verdict reason } } "
            + "timeline { event } viewerCan { triage startWork waitOn resolve close reopen manageParties overrideWarranty comment commentVisibilities }";
    static final String OPEN = "mutation($input: OpenServiceCaseInput!) { openServiceCase(input: $input) { serviceCase { " + CASE
            + " } userErrors { field code message } } }";
    static final String READ = "query($id: ID!) { serviceCase(id: $id) { " + CASE + " } }";
    static final String STEP = "mutation($id: ID!, $v: Int!) { %s(input: {id: $id, expectedVersion: $v}) { serviceCase { " + CASE
            + " } userErrors { field code message } } }";
    static final String TRIAGE = "mutation($id: ID!, $v: Int!) { triageServiceCase(input: {id: $id, expectedVersion: $v, priority: HIGH, takeIt: true}) { "
            + "serviceCase { " + CASE + " } userErrors { field code message } } }";
    static final String WAIT = "mutation($id: ID!, $v: Int!, $on: CaseWaitingOn!) { waitOnServiceCase(input: {id: $id, expectedVersion: $v, "
            + "waitingOn: $on, reason: \"we need the lot number\"}) { serviceCase { " + CASE + " } userErrors { field code message } } }";
    static final String RESOLVE = "mutation($id: ID!, $v: Int!, $r: CaseResolution!, $note: String) { resolveServiceCase(input: {id: $id, "
            + "expectedVersion: $v, resolution: $r, note: $note}) { serviceCase { " + CASE + " } userErrors { field code message } } }";
    static final String REOPEN = "mutation($id: ID!, $v: Int!) { reopenServiceCase(input: {id: $id, expectedVersion: $v, reason: \"fails again\"}) { "
            + "serviceCase { " + CASE + " } userErrors { field code message } } }";
    static final String COMMENT = "mutation($input: CommentOnServiceCaseInput!) { commentOnServiceCase(input: $input) { "
            + "comment { id body visibility author authorPartner { id } addressedTo { id } deleted history { body } viewerCan { edit delete } } "
            + "serviceCase { status } userErrors { field code message } } }";
    static final String THREAD = "query($id: ID!) { serviceCase(id: $id) { comments { id body visibility author authorPartner { id } deleted "
            + "history { body } viewerCan { edit delete } } } }";
    static final String LIST = "query($mine: Boolean) { serviceCases(first: 100, waitingOnMe: $mine) { edges { node { id } } } }";

    @Autowired
    MutableClock clock;

    @Test
    void a_warranty_claim_on_a_delivered_line_is_worked_by_every_party_to_closure_and_reopened() {
        String dealer = tokenFor("dealer@canale.demo");
        String staff = tokenFor("staff@canale.demo");
        String gallo = tokenFor("supplier2@canale.demo");
        JsonNode opened = open(dealer, claim(deliveredLine(dealer)));
        String id = opened.path("id").asString();
        assertThat(opened.path("status").asString()).isEqualTo("NEW");
        assertThat(opened.at("/warranty/verdict").asString()).isEqualTo("COVERED");
        assertThat(opened.at("/warranty/lines/0/termMonths").asInt()).isEqualTo(24);
        assertThat(opened.at("/warranty/lines/0/explanation").asString())
                .as("days as the reader writes them, not ISO")
                .isEqualTo("Delivered " + day(opened.at("/warranty/lines/0/deliveredOn").asString()) + ", 24-month warranty, covered until "
                        + day(opened.at("/warranty/lines/0/coveredUntil").asString()));
        assertThat(opened.path("parties").toString()).contains("ptn_rossi_auto", "DEALER", "ptn_gallo_ricambi", "SUPPLIER");
        assertThat(opened.at("/endCustomer/name").asString()).isEqualTo("Laura Neri");
        assertThat(opened.at("/viewerCan/triage").asBoolean()).isFalse();
        assertThat(opened.at("/viewerCan/commentVisibilities").toString()).isEqualTo("[\"SHARED\",\"ADDRESSED\"]");

        JsonNode triaged = step(staff, TRIAGE, opened);
        assertThat(triaged.path("status").asString()).isEqualTo("TRIAGED");
        assertThat(triaged.path("priority").asString()).isEqualTo("HIGH");
        assertThat(triaged.path("coordinator").asString()).isEqualTo("staff@canale.demo");
        JsonNode working = step(staff, STEP.formatted("startServiceCaseWork"), triaged);
        JsonNode waiting = http.payload(staff, WAIT, Map.of("id", id, "v", working.path("version").asInt(), "on", "SUPPLIER"))
                .path("serviceCase");
        assertThat(waiting.path("status").asString()).isEqualTo("WAITING");
        assertThat(listed(gallo, true)).contains(id);
        assertThat(listed(tokenFor("supplier@canale.demo"), false)).as("another supplier takes no part").doesNotContain(id);
        assertThat(listed(dealer, true)).doesNotContain(id);

        JsonNode answered = http.payload(gallo, COMMENT, Map.of("input", Map.of("id", id, "visibility", "SHARED", "body", "Lot 2026-41")));
        assertThat(answered.at("/serviceCase/status").asString()).as("the awaited answer resumes the case").isEqualTo("IN_PROGRESS");
        JsonNode resolved = http.payload(staff, RESOLVE, Map.of("id", id, "v", read(staff, id).path("version").asInt(), "r", "REPLACE"))
                .path("serviceCase");
        assertThat(resolved.path("viewerCan").toString()).contains("\"close\":true", "\"reopen\":true");
        JsonNode closed = step(dealer, STEP.formatted("closeServiceCase"), resolved);
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        JsonNode reopened = step(dealer, REOPEN, closed);
        assertThat(reopened.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(reopened.path("timeline").findValuesAsString("event")).containsSubsequence("CASE_OPENED", "CASE_WARRANTY_COVERED",
                "CASE_TRIAGED", "CASE_IN_PROGRESS", "CASE_WAITING_ON_SUPPLIER", "CASE_ANSWERED", "CASE_RESOLVED_REPLACE", "CASE_CLOSED",
                "CASE_REOPENED");
    }

    @Test
    void the_warranty_explanation_speaks_the_readers_language_and_staff_may_override_it_with_a_reason() {
        String dealer = tokenFor("dealer@canale.demo");
        String id = open(dealer, claim(deliveredLine(dealer))).path("id").asString();
        JsonNode italian = Http.json(http.graphqlRaw(dealer, READ, Map.of("id", id), "application/json", "it"));
        assertThat(italian.at("/data/serviceCase/warranty/lines/0/explanation").asString()).startsWith("Consegnato il ")
                .contains("garanzia di 24 mesi, coperto fino al");

        String staff = tokenFor("staff@canale.demo");
        String override = "mutation($id: ID!, $v: Int!, $reason: String!) { overrideWarrantyDecision(input: {id: $id, expectedVersion: $v, "
                + "verdict: NOT_COVERED, reason: $reason}) { serviceCase { " + CASE + " } userErrors { field code } } }";
        assertThat(http.userErrors(dealer, override, Map.of("id", id, "v", 0, "reason", "no")).at("/0/code").asString())
                .isEqualTo("NOT_ALLOWED");
        assertThat(http.userErrors(staff, override, Map.of("id", id, "v", 0, "reason", " ")).at("/0/field").toString())
                .isEqualTo("[\"input\",\"reason\"]");
        JsonNode overridden = http.payload(staff, override, Map.of("id", id, "v", 0, "reason", "misuse: water damage")).path("serviceCase");
        assertThat(overridden.at("/warranty/verdict").asString()).isEqualTo("NOT_COVERED");
        assertThat(overridden.at("/warranty/decidedVerdict").asString()).isEqualTo("COVERED");
        assertThat(overridden.at("/warranty/explanation").asString()).contains("misuse: water damage");
    }

    @Test
    void a_retried_open_with_the_same_key_returns_the_same_case_and_another_dealers_key_is_its_own() {
        String dealer = tokenFor("dealer-system");
        Map<String, Object> input = new HashMap<>(Map.of("type", "COMPLAINT", "subject", "Noisy brakes", "productSku", "frn-pad-001",
                "idempotencyKey", "dms-" + UUID.randomUUID()));
        JsonNode first = open(dealer, input);
        assertThat(open(dealer, input).path("id").asString()).isEqualTo(first.path("id").asString());
        JsonNode other = open(tokenFor("dealer2-system"), input);
        assertThat(other.path("id").asString()).isNotEqualTo(first.path("id").asString());
        assertThat(other.at("/dealer/id").asString()).isEqualTo("ptn_bianchi_moto");
        assertThat(first.path("parties").toString()).as("the product's supplier joins").contains("ptn_ferri_componenti");
    }

    @Test
    void refused_moves_change_nothing_and_say_why() {
        String dealer = tokenFor("dealer@canale.demo");
        String staff = tokenFor("staff@canale.demo");
        JsonNode opened = open(dealer, Map.of("type", "COMPLAINT", "subject", "Scratched housing", "productSku", "LMP-LED-H7"));
        String id = opened.path("id").asString();
        assertThat(http.userErrors(dealer, TRIAGE, Map.of("id", id, "v", 0)).at("/0/code").asString()).isEqualTo("NOT_ALLOWED");
        assertThat(http.userErrors(staff, RESOLVE, Map.of("id", id, "v", 0, "r", "REFUND")).at("/0/code").asString())
                .isEqualTo("ILLEGAL_STATE");
        assertThat(http.userErrors(staff, TRIAGE, Map.of("id", id, "v", 7)).at("/0/code").asString()).isEqualTo("VERSION_CONFLICT");
        JsonNode after = read(staff, id);
        assertThat(after.path("version").asInt()).isZero();
        assertThat(after.path("status").asString()).isEqualTo("NEW");

        JsonNode working = step(staff, STEP.formatted("startServiceCaseWork"), step(staff, TRIAGE, opened));
        JsonNode refused = http.userErrors(staff, RESOLVE, Map.of("id", id, "v", working.path("version").asInt(), "r", "REJECTED"));
        assertThat(refused.at("/0/field").toString()).isEqualTo("[\"input\",\"note\"]");
        assertThat(http.userErrors(staff, WAIT, Map.of("id", id, "v", working.path("version").asInt(), "on", "CARRIER")).at("/0/code")
                .asString()).as("the case has no carrier").isEqualTo("INVALID");
        assertThat(read(staff, id).path("version").asInt()).isEqualTo(working.path("version").asInt());
    }

    @Test
    void comments_reach_only_the_readers_their_visibility_names_and_people_only_their_colleagues() {
        String dealer = tokenFor("dealer@canale.demo");
        String staff = tokenFor("staff@canale.demo");
        String gallo = tokenFor("supplier2@canale.demo");
        String id = open(dealer, claim(deliveredLine(dealer))).path("id").asString();
        http.payload(staff, COMMENT, Map.of("input", Map.of("id", id, "visibility", "INTERNAL", "body", "internal: goodwill possible")));
        http.payload(staff, COMMENT, Map.of("input", Map.of("id", id, "visibility", "ADDRESSED", "addressedTo", "ptn_gallo_ricambi",
                "body", "to the supplier: lot?")));
        http.payload(gallo, COMMENT, Map.of("input", Map.of("id", id, "visibility", "ADDRESSED", "body", "to staff: known defect")));
        JsonNode shared = http.payload(dealer, COMMENT, Map.of("input", Map.of("id", id, "visibility", "SHARED", "body", "shared: photos attached")))
                .path("comment");
        assertThat(shared.path("author").asString()).as("the new comment as its author reads it").isEqualTo("dealer@canale.demo");
        assertThat(shared.at("/authorPartner/id").asString()).isEqualTo("ptn_rossi_auto");
        assertThat(shared.path("viewerCan").toString()).contains("\"edit\":true", "\"delete\":true");
        assertThat(shared.path("history").isNull()).as("history is for staff").isTrue();
        assertThat(http.userErrors(dealer, COMMENT, Map.of("input", Map.of("id", id, "visibility", "INTERNAL", "body", "x"))).at("/0/field")
                .toString()).isEqualTo("[\"input\",\"visibility\"]");
        assertThat(http.userErrors(dealer, COMMENT, Map.of("input", Map.of("id", id, "visibility", "ADDRESSED", "addressedTo",
                "ptn_ferri_componenti", "body", "x"))).at("/0/code").asString()).as("not a party").isEqualTo("NOT_FOUND");

        assertThat(bodies(staff, id)).containsExactly("internal: goodwill possible", "to the supplier: lot?", "to staff: known defect",
                "shared: photos attached");
        assertThat(bodies(gallo, id)).containsExactly("to the supplier: lot?", "to staff: known defect", "shared: photos attached");
        assertThat(bodies(dealer, id)).containsExactly("shared: photos attached");

        JsonNode asSupplier = http.graphql(gallo, THREAD, Map.of("id", id)).at("/data/serviceCase/comments");
        assertThat(authors(asSupplier)).as("the supplier's own colleague by name, the others by partner only")
                .containsExactly(null, "supplier2@canale.demo", null);
        assertThat(asSupplier.findValuesAsString("id")).contains("ptn_canale", "ptn_gallo_ricambi", "ptn_rossi_auto");
        assertThat(asSupplier.toString()).doesNotContain("dealer@canale.demo", "staff@canale.demo");
        assertThat(authors(http.graphql(staff, THREAD, Map.of("id", id)).at("/data/serviceCase/comments")))
                .containsExactly("staff@canale.demo", "staff@canale.demo", "supplier2@canale.demo", "dealer@canale.demo");

        String edit = "mutation($id: ID!, $c: ID!, $body: String!) { editServiceCaseComment(input: {id: $id, commentId: $c, body: $body}) { "
                + "comment { body history { body } } userErrors { code } } }";
        String delete = "mutation($id: ID!, $c: ID!) { deleteServiceCaseComment(input: {id: $id, commentId: $c}) { comment { body deleted } userErrors { code } } }";
        String commentId = shared.path("id").asString();
        assertThat(http.userErrors(gallo, edit, Map.of("id", id, "c", commentId, "body", "hijacked")).at("/0/code").asString())
                .isEqualTo("NOT_ALLOWED");
        assertThat(http.userErrors(gallo, delete, Map.of("id", id, "c", commentId)).at("/0/code").asString()).isEqualTo("NOT_ALLOWED");
        JsonNode edited = http.payload(dealer, edit, Map.of("id", id, "c", commentId, "body", "shared: photos and receipt attached"));
        assertThat(edited.at("/comment/history").isNull()).as("history is for staff").isTrue();
        assertThat(http.payload(dealer, delete, Map.of("id", id, "c", commentId)).at("/comment/deleted").asBoolean()).isTrue();
        JsonNode staffThread = http.graphql(staff, THREAD, Map.of("id", id)).at("/data/serviceCase/comments/3");
        assertThat(staffThread.path("body").isNull()).isTrue();
        assertThat(staffThread.path("history").findValuesAsString("body")).containsExactly("shared: photos attached",
                "shared: photos and receipt attached");
    }

    @Test
    void a_case_reopens_only_within_the_window_after_its_resolution() {
        String dealer = tokenFor("dealer@canale.demo");
        String staff = tokenFor("staff@canale.demo");
        JsonNode opened = open(dealer, Map.of("type", "COMPLAINT", "subject", "Wrong colour", "productSku", "LMP-LED-H7"));
        JsonNode working = step(staff, STEP.formatted("startServiceCaseWork"), step(staff, TRIAGE, opened));
        JsonNode resolved = http.payload(staff, RESOLVE, Map.of("id", opened.path("id").asString(), "v", working.path("version").asInt(),
                "r", "CREDIT", "note", "credited 20 EUR")).path("serviceCase");
        assertThat(read(dealer, opened.path("id").asString()).at("/viewerCan/reopen").asBoolean()).isTrue();
        clock.advance(Duration.ofDays(31));
        try {
            JsonNode late = read(dealer, opened.path("id").asString());
            assertThat(late.at("/viewerCan/reopen").asBoolean()).isFalse();
            assertThat(late.at("/viewerCan/close").asBoolean()).isTrue();
            assertThat(http.userErrors(dealer, REOPEN, Map.of("id", opened.path("id").asString(), "v", resolved.path("version").asInt()))
                    .at("/0/code").asString()).isEqualTo("ILLEGAL_STATE");
        } finally {
            clock.advance(Duration.ofDays(-31)); // the clock is shared by every test of the context
        }
    }

    private JsonNode open(String token, Map<String, Object> input) {
        return http.payload(token, OPEN, Map.of("input", input)).path("serviceCase");
    }

    private JsonNode step(String token, String mutation, JsonNode serviceCase) {
        return http.payload(token, mutation, Map.of("id", serviceCase.path("id").asString(), "v", serviceCase.path("version").asInt()))
                .path("serviceCase");
    }

    private JsonNode read(String token, String id) {
        return http.graphql(token, READ, Map.of("id", id)).at("/data/serviceCase");
    }

    private List<String> listed(String token, boolean waitingOnMe) {
        return http.graphql(token, LIST, Map.of("mine", waitingOnMe)).at("/data/serviceCases/edges").findValuesAsString("id");
    }

    private static List<String> authors(JsonNode comments) {
        List<String> authors = new java.util.ArrayList<>();
        comments.forEach(comment -> authors.add(comment.path("author").isNull() ? null : comment.path("author").asString()));
        return authors;
    }

    private List<String> bodies(String token, String id) {
        return http.graphql(token, THREAD, Map.of("id", id)).at("/data/serviceCase/comments").findValuesAsString("body");
    }

    /** The delivered demo order line of the dealer: Rossi's batteries from Gallo, carried by Veloce (tests deliver others). */
    private Map<String, Object> deliveredLine(String dealer) {
        JsonNode orders = http.graphql(dealer, "{ orders(first: 100, status: DELIVERED) { edges { node { id supplier { id } lines { line } } } } }")
                .at("/data/orders/edges");
        for (JsonNode edge : orders) {
            if (edge.at("/node/supplier/id").asString().equals("ptn_gallo_ricambi")) {
                return Map.of("orderId", edge.at("/node/id").asString(), "line", edge.at("/node/lines/0/line").asInt());
            }
        }
        throw new AssertionError("no delivered order from Gallo in " + orders);
    }

    static Map<String, Object> claim(Map<String, Object> line) {
        return new HashMap<>(Map.of("type", "WARRANTY_CLAIM", "subject", "Battery does not hold its charge", "orderLines", List.of(line),
                "endCustomer", Map.of("name", "Laura Neri", "email", "laura.neri@example.com")));
    }

    private static String day(String isoDate) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(java.util.Locale.ENGLISH)
                .format(java.time.LocalDate.parse(isoDate));
    }
}
