package io.canale.fund;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.canale.support.IntegrationTestBase;
import io.canale.support.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Market development funds end to end with real tokens: budget → allocation → request → decision → claim with proof →
 * payment; limits that hold under concurrent writers; the deadline release; the access matrix against another dealer.
 */
class FundTests extends IntegrationTestBase {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(US_ASCII);
    static final String ROSSI = "ptn_rossi_auto";

    static final String REQUEST = "id status version requestedAmount { amount currency } approvedAmount { amount } heldAmount { amount } "
            + "question answer comment claimDeadline requiredEvidence missingEvidence evidence { id kind fileName contentType downloadPath } "
            + "claim { amount { amount } status approvedAmount { amount } comment } paymentReference "
            + "viewerCan { approve reject askForInformation answer withdraw attachEvidence claim approveClaim rejectClaim markPaid }";
    static final String PAYLOAD = "{ fundRequest { " + REQUEST + " } fundAllocation { availableAmount { amount } heldAmount { amount } } "
            + "userErrors { field code message } }";
    static final String CREATE_BUDGET = "mutation($input: CreateFundBudgetInput!) { createFundBudget(input: $input) { fundBudget { id "
            + "available { amount currency } viewerCan { allocate } } userErrors { field code message } } }";
    static final String ALLOCATE = "mutation($input: AllocateFundsInput!) { allocateFunds(input: $input) { fundAllocation { id "
            + "amount { amount currency } availableAmount { amount } basis { kind percent purchases } partner { id } viewerCan { requestFunds } } "
            + "userErrors { field code message } } }";
    static final String REQUEST_FUNDS = "mutation($input: RequestFundsInput!) { requestFunds(input: $input) " + PAYLOAD + " }";
    static final String DECIDE = "mutation($id: ID!, $amount: Decimal, $comment: String) { %s(input: {id: $id, amount: $amount, "
            + "comment: $comment}) " + PAYLOAD + " }";
    static final String ANSWER = "mutation($id: ID!, $answer: String!) { answerFundRequest(input: {id: $id, answer: $answer}) " + PAYLOAD + " }";
    static final String CLAIM = "mutation($id: ID!, $amount: Decimal, $v: Int) { claimFunds(input: {id: $id, amount: $amount, "
            + "expectedVersion: $v, description: \"Stand at the Bologna motor show, 3 days\"}) " + PAYLOAD + " }";
    static final String PAID = "mutation($id: ID!) { markFundClaimPaid(input: {id: $id, reference: \"SEPA-2027-0042\"}) " + PAYLOAD + " }";
    static final String READ_REQUEST = "query($id: ID!) { fundRequest(id: $id) { " + REQUEST + " } }";
    static final String READ_ALLOCATION = "query($id: ID!) { fundAllocation(id: $id) { id availableAmount { amount } requests { id } } }";

    @Autowired
    MutableClock clock;

    @Autowired
    FundDeadlines deadlines;

    @Test
    void a_request_goes_from_review_through_a_question_an_approval_for_less_and_a_claim_with_proof_to_payment() {
        String staff = tokenFor("staff@canale.demo");
        String dealer = tokenFor("dealer@canale.demo");
        String allocation = allocate(staff, budget(staff, "10000.00", 30), ROSSI, "2000.00");

        JsonNode requested = http.payload(dealer, REQUEST_FUNDS, Map.of("input", requestInput(allocation, "TRADE_SHOW", "1500.00",
                LocalDate.now(clock).plusDays(10))));
        String id = requested.at("/fundRequest/id").asString();
        assertThat(requested.at("/fundRequest/status").asString()).isEqualTo("IN_REVIEW");
        assertThat(requested.at("/fundAllocation/availableAmount/amount").asString()).as("the request holds what it asks").isEqualTo("500.00");
        assertThat(requested.at("/fundRequest/viewerCan/withdraw").asBoolean()).isTrue();
        assertThat(requested.at("/fundRequest/viewerCan/approve").asBoolean()).as("partners do not approve").isFalse();

        assertThat(http.userErrors(dealer, DECIDE.formatted("approveFundRequest"), Map.of("id", id)).at("/0/code").asString())
                .as("the partner sees its request but staff approve").isEqualTo("NOT_ALLOWED");
        JsonNode asked = http.payload(staff, DECIDE.formatted("askAboutFundRequest"), Map.of("id", id, "comment", "Which hall?"));
        assertThat(asked.at("/fundRequest/status").asString()).isEqualTo("INFO_REQUESTED");
        assertThat(http.userErrors(staff, DECIDE.formatted("approveFundRequest"), Map.of("id", id)).at("/0/code").asString())
                .as("waiting for the partner").isEqualTo("ILLEGAL_STATE");
        JsonNode answered = http.payload(dealer, ANSWER, Map.of("id", id, "answer", "Hall 21, next to the main entrance"));
        assertThat(answered.at("/fundRequest/status").asString()).isEqualTo("IN_REVIEW");
        assertThat(answered.at("/fundRequest/answer").asString()).isEqualTo("Hall 21, next to the main entrance");

        assertThat(http.userErrors(staff, DECIDE.formatted("approveFundRequest"), Map.of("id", id, "amount", "1500.01")).at("/0/code")
                .asString()).as("never more than asked").isEqualTo("EXCEEDS_AVAILABLE");
        JsonNode approved = http.payload(staff, DECIDE.formatted("approveFundRequest"), Map.of("id", id, "amount", "1200.00",
                "comment", "Stand size as last year"));
        assertThat(approved.at("/fundRequest/status").asString()).isEqualTo("APPROVED");
        assertThat(approved.at("/fundAllocation/availableAmount/amount").asString()).as("the difference is released").isEqualTo("800.00");
        assertThat(http.userErrors(staff, DECIDE.formatted("rejectFundRequest"), Map.of("id", id, "comment", "no")).at("/0/code").asString())
                .as("decided once").isEqualTo("ILLEGAL_STATE");

        assertThat(http.userErrors(dealer, CLAIM, Map.of("id", id)).toString())
                .as("the checklist: invoice and photos").contains("EVIDENCE_MISSING").contains("INVOICE").contains("PHOTOS");
        assertThat(upload(dealer, id, "INVOICE").statusCode()).isEqualTo(201);
        JsonNode oneMissing = http.userErrors(dealer, CLAIM, Map.of("id", id));
        assertThat(oneMissing.at("/0/code").asString()).isEqualTo("EVIDENCE_MISSING");
        assertThat(oneMissing.at("/0/message").asString()).contains("PHOTOS").doesNotContain("INVOICE");
        assertThat(upload(dealer, id, "PHOTOS").statusCode()).isEqualTo(201);
        assertThat(http.userErrors(dealer, CLAIM, Map.of("id", id, "amount", "1200.01")).at("/0/code").asString())
                .as("never more than approved").isEqualTo("EXCEEDS_AVAILABLE");
        JsonNode read = http.graphql(dealer, READ_REQUEST, Map.of("id", id)).at("/data/fundRequest");
        assertThat(read.at("/missingEvidence").size()).isZero();
        assertThat(read.at("/evidence").findValuesAsString("contentType")).containsOnly("application/pdf");
        HttpResponse<String> download = http.get(read.at("/evidence/0/downloadPath").asString(), staff, "*/*");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");

        JsonNode claimed = http.payload(dealer, CLAIM, Map.of("id", id, "amount", "1100.00", "v", read.at("/version").asInt()));
        assertThat(claimed.at("/fundRequest/status").asString()).isEqualTo("CLAIMED");
        assertThat(claimed.at("/fundRequest/viewerCan/attachEvidence").asBoolean()).isFalse();
        JsonNode rejected = http.payload(staff, DECIDE.formatted("rejectFundClaim"), Map.of("id", id, "comment", "Invoice unreadable"));
        assertThat(rejected.at("/fundRequest/status").asString()).as("claim again before the deadline").isEqualTo("APPROVED");
        assertThat(rejected.at("/fundRequest/claim/status").asString()).isEqualTo("REJECTED");
        http.payload(dealer, CLAIM, Map.of("id", id, "amount", "1100.00"));
        JsonNode claimApproved = http.payload(staff, DECIDE.formatted("approveFundClaim"), Map.of("id", id, "amount", "1000.00"));
        assertThat(claimApproved.at("/fundRequest/status").asString()).isEqualTo("CLAIM_APPROVED");
        assertThat(claimApproved.at("/fundRequest/heldAmount/amount").asString()).isEqualTo("1000.00");
        assertThat(claimApproved.at("/fundAllocation/availableAmount/amount").asString()).isEqualTo("1000.00");
        assertThat(http.userErrors(dealer, PAID, Map.of("id", id)).at("/0/code").asString()).isEqualTo("NOT_ALLOWED");
        JsonNode paid = http.payload(staff, PAID, Map.of("id", id));
        assertThat(paid.at("/fundRequest/status").asString()).isEqualTo("PAID");
        assertThat(paid.at("/fundRequest/paymentReference").asString()).isEqualTo("SEPA-2027-0042");

        await().atMost(Duration.ofSeconds(30)).until(() -> http.graphql(dealer, "query($id: ID!) { history(recordId: $id, first: 100) "
                + "{ edges { node { changeType } } } }", Map.of("id", allocation)).at("/data/history/edges").size() >= 12);
    }

    @Test
    void a_request_or_withdrawal_answers_typed_errors_for_bad_input() {
        String staff = tokenFor("staff@canale.demo");
        String dealer = tokenFor("dealer@canale.demo");
        String allocation = allocate(staff, budget(staff, "1000.00", 30), ROSSI, "300.00");
        Map<String, Object> tooMuch = requestInput(allocation, "EVENT", "300.01", LocalDate.now(clock).plusDays(3));
        assertThat(http.userErrors(dealer, REQUEST_FUNDS, Map.of("input", tooMuch)).at("/0/code").asString()).isEqualTo("EXCEEDS_AVAILABLE");
        Map<String, Object> backwards = new HashMap<>(requestInput(allocation, "EVENT", "10.00", LocalDate.now(clock)));
        backwards.put("startsOn", LocalDate.now(clock).plusDays(5).toString());
        assertThat(http.userErrors(dealer, REQUEST_FUNDS, Map.of("input", backwards)).at("/0/field").toString())
                .isEqualTo("[\"input\",\"endsOn\"]");
        Map<String, Object> dollars = new HashMap<>(requestInput(allocation, "EVENT", "10.00", LocalDate.now(clock)));
        dollars.put("amount", Map.of("amount", "10.00", "currency", "USD"));
        assertThat(http.userErrors(dealer, REQUEST_FUNDS, Map.of("input", dollars)).at("/0/field").toString())
                .isEqualTo("[\"input\",\"amount\",\"currency\"]");
        assertThat(http.userErrors(staff, ALLOCATE, Map.of("input", Map.of("budgetId", budget(staff, "100.00", 30), "partnerId", ROSSI,
                "amount", "100.01"))).at("/0/code").asString()).isEqualTo("EXCEEDS_AVAILABLE");
        assertThat(http.userErrors(staff, ALLOCATE, Map.of("input", Map.of("budgetId", budget(staff, "100.00", 30), "partnerId",
                "ptn_ferri_componenti", "amount", "10"))).at("/0/field").toString()).as("dealers only").isEqualTo("[\"input\",\"partnerId\"]");

        String id = http.payload(dealer, REQUEST_FUNDS, Map.of("input", requestInput(allocation, "EVENT", "100.00", LocalDate.now(clock))))
                .at("/fundRequest/id").asString();
        JsonNode withdrawn = http.payload(dealer, "mutation($id: ID!) { withdrawFundRequest(input: {id: $id, expectedVersion: 0}) "
                + PAYLOAD + " }", Map.of("id", id));
        assertThat(withdrawn.at("/fundRequest/status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.at("/fundAllocation/availableAmount/amount").asString()).isEqualTo("300.00");
        assertThat(upload(dealer, id, "INVOICE").statusCode()).as("no proof on a withdrawn request").isEqualTo(400);
    }

    @Test
    void an_allocation_from_purchases_is_a_percentage_of_the_delivered_orders_value() {
        String staff = tokenFor("staff@canale.demo");
        JsonNode refused = http.userErrors(staff, ALLOCATE, Map.of("input", Map.of("budgetId", budget(staff, "1000.00", 30),
                "partnerId", "ptn_dealer_39", "percentOfPurchases", "5", "purchasesFrom", "2020-01-01", "purchasesTo", "2020-12-31")));
        assertThat(refused.at("/0/field").toString()).isEqualTo("[\"input\",\"percentOfPurchases\"]");
        assertThat(http.userErrors(staff, ALLOCATE, Map.of("input", Map.of("budgetId", budget(staff, "1000.00", 30),
                "partnerId", ROSSI, "percentOfPurchases", "101", "purchasesFrom", "2020-01-01", "purchasesTo", "2020-12-31")))
                .at("/0/code").asString()).isEqualTo("INVALID");
    }

    @Test
    void an_approved_request_without_a_claim_by_its_deadline_is_released_once() {
        String staff = tokenFor("staff@canale.demo");
        String dealer = tokenFor("dealer@canale.demo");
        String allocation = allocate(staff, budget(staff, "1000.00", 0), ROSSI, "500.00");
        String id = http.payload(dealer, REQUEST_FUNDS, Map.of("input", requestInput(allocation, "PRINT_ADVERTISING", "400.00",
                LocalDate.now(clock)))).at("/fundRequest/id").asString();
        http.payload(staff, DECIDE.formatted("approveFundRequest"), Map.of("id", id));
        assertThat(deadlines.releaseExpired(clock.instant())).as("not before the deadline").isZero();

        Duration moved = Duration.between(clock.instant(), LocalDate.now(clock).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .plusMinutes(1);
        clock.advance(moved);
        try {
            JsonNode read = http.graphql(dealer, READ_REQUEST, Map.of("id", id)).at("/data/fundRequest");
            assertThat(read.at("/viewerCan/claim").asBoolean()).as("the deadline passed").isFalse();
            assertThat(upload(dealer, id, "INVOICE").statusCode()).isEqualTo(400);
            assertThat(http.userErrors(dealer, CLAIM, Map.of("id", id)).at("/0/code").asString()).isEqualTo("ILLEGAL_STATE");
            deadlines.sweep();
            deadlines.sweep(); // a second sweep (or node) finds nothing left to release
            JsonNode expired = http.graphql(dealer, READ_REQUEST, Map.of("id", id)).at("/data/fundRequest");
            assertThat(expired.at("/status").asString()).isEqualTo("EXPIRED");
            assertThat(expired.at("/heldAmount/amount").asString()).isEqualTo("0.00");
            assertThat(http.graphql(dealer, READ_ALLOCATION, Map.of("id", allocation)).at("/data/fundAllocation/availableAmount/amount")
                    .asString()).isEqualTo("500.00");
            assertThat(deadlines.releaseExpired(clock.instant())).isZero();
        } finally {
            clock.advance(moved.negated());
        }
    }

    @Test
    void approving_after_the_claim_deadline_is_refused() {
        String staff = tokenFor("staff@canale.demo");
        String dealer = tokenFor("dealer@canale.demo");
        String allocation = allocate(staff, budget(staff, "1000.00", 0), ROSSI, "500.00");
        String id = http.payload(dealer, REQUEST_FUNDS, Map.of("input", requestInput(allocation, "TRAINING", "100.00",
                LocalDate.now(clock).minusDays(2)))).at("/fundRequest/id").asString();
        assertThat(http.userErrors(staff, DECIDE.formatted("approveFundRequest"), Map.of("id", id)).at("/0/code").asString())
                .isEqualTo("DEADLINE_PASSED");
    }

    @Test
    void another_dealer_finds_nothing_of_an_allocation_its_requests_and_files() {
        String staff = tokenFor("staff@canale.demo");
        String dealer = tokenFor("dealer@canale.demo");
        String allocation = allocate(staff, budget(staff, "1000.00", 30), ROSSI, "500.00");
        String id = http.payload(dealer, REQUEST_FUNDS, Map.of("input", requestInput(allocation, "EVENT", "100.00",
                LocalDate.now(clock).plusDays(5)))).at("/fundRequest/id").asString();
        http.payload(staff, DECIDE.formatted("approveFundRequest"), Map.of("id", id));
        assertThat(upload(dealer, id, "INVOICE").statusCode()).isEqualTo(201);
        String file = http.graphql(dealer, READ_REQUEST, Map.of("id", id)).at("/data/fundRequest/evidence/0/downloadPath").asString();

        for (String outsider : List.of("supplier@canale.demo", "carrier@canale.demo")) { // no incentives:read at all
            String token = tokenFor(outsider);
            http.expectError("FORBIDDEN", token, READ_ALLOCATION, Map.of("id", allocation));
            http.expectError("FORBIDDEN", token, READ_REQUEST, Map.of("id", id));
            assertThat(http.get(file, token, "*/*").statusCode()).as(outsider).isEqualTo(403);
        }
        for (String outsider : List.of("dealer2@canale.demo", "dealer2-system")) {
            String token = tokenFor(outsider);
            assertThat(http.graphql(token, READ_ALLOCATION, Map.of("id", allocation)).at("/data/fundAllocation").isNull()).as(outsider).isTrue();
            assertThat(http.graphql(token, READ_REQUEST, Map.of("id", id)).at("/data/fundRequest").isNull()).as(outsider).isTrue();
            assertThat(http.graphql(token, "{ fundAllocations(first: 100) { edges { node { id } } } }").at("/data/fundAllocations/edges")
                    .findValuesAsString("id")).as(outsider).doesNotContain(allocation);
            assertThat(http.get(file, token, "*/*").statusCode()).as(outsider).isEqualTo(404);
            assertThat(upload(token, id, "PHOTOS").statusCode()).as(outsider).isEqualTo(404);
            assertThat(http.userErrors(token, CLAIM, Map.of("id", id)).at("/0/code").asString()).as(outsider).isEqualTo("NOT_FOUND");
            assertThat(http.userErrors(token, DECIDE.formatted("rejectFundRequest"), Map.of("id", id, "comment", "x")).at("/0/code")
                    .asString()).as(outsider).isEqualTo("NOT_FOUND");
        }
        String other = tokenFor("dealer2@canale.demo");
        assertThat(http.userErrors(other, REQUEST_FUNDS, Map.of("input", requestInput(allocation, "EVENT", "1.00", LocalDate.now(clock))))
                .at("/0/code").asString()).isEqualTo("NOT_FOUND");
        http.expectError("FORBIDDEN", other, "{ fundBudgets(first: 5) { edges { node { id } } } }");
        http.expectError("FORBIDDEN", other, CREATE_BUDGET, budgetInput("1.00", 1));
        assertThat(http.graphql(staff, READ_ALLOCATION, Map.of("id", allocation)).at("/data/fundAllocation/id").asString()).isEqualTo(allocation);
        assertThat(http.get(file, staff, "*/*").statusCode()).isEqualTo(200);
    }

    @Test
    void concurrent_allocations_never_exceed_the_budget() throws Exception {
        String staff = tokenFor("staff@canale.demo");
        String budget = budget(staff, "1000.00", 30);
        List<Callable<String>> allocations = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            String partner = "ptn_dealer_%02d".formatted(i);
            allocations.add(() -> {
                JsonNode payload = http.graphql(staff, ALLOCATE, Map.of("input", Map.of("budgetId", budget, "partnerId", partner,
                        "amount", "100.00"))).at("/data/allocateFunds");
                return payload.at("/userErrors").isEmpty() ? "granted" : payload.at("/userErrors/0/code").asString();
            });
        }
        List<String> outcomes = runAll(allocations);
        assertThat(outcomes).filteredOn("granted"::equals).hasSize(10);
        assertThat(outcomes).filteredOn("EXCEEDS_AVAILABLE"::equals).hasSize(14);
        JsonNode stored = http.graphql(staff, "query($id: ID!) { fundBudget(id: $id) { allocated { amount } available { amount } } }",
                Map.of("id", budget)).at("/data/fundBudget");
        assertThat(stored.at("/allocated/amount").asString()).isEqualTo("1000.00");
        assertThat(stored.at("/available/amount").asString()).isEqualTo("0.00");
        assertThat(http.graphql(staff, "query($b: ID!) { fundAllocations(first: 100, budgetId: $b) { edges { node { id } } } }",
                Map.of("b", budget)).at("/data/fundAllocations/edges").size()).isEqualTo(10);
    }

    @Test
    void concurrent_requests_never_hold_more_than_the_allocation() throws Exception {
        String staff = tokenFor("staff@canale.demo");
        String dealer = tokenFor("dealer@canale.demo");
        String allocation = allocate(staff, budget(staff, "5000.00", 30), ROSSI, "1000.00");
        List<Callable<String>> requests = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            requests.add(() -> {
                JsonNode payload = http.graphql(dealer, REQUEST_FUNDS, Map.of("input", requestInput(allocation, "EVENT", "75.00",
                        LocalDate.now(clock).plusDays(20)))).at("/data/requestFunds");
                return payload.at("/userErrors").isEmpty() ? "held" : payload.at("/userErrors/0/code").asString();
            });
        }
        List<String> outcomes = runAll(requests);
        assertThat(outcomes).filteredOn("held"::equals).hasSize(13); // 13 × 75 = 975 ≤ 1000 < 14 × 75
        assertThat(outcomes).filteredOn("EXCEEDS_AVAILABLE"::equals).hasSize(17);
        JsonNode stored = http.graphql(dealer, READ_ALLOCATION, Map.of("id", allocation)).at("/data/fundAllocation");
        assertThat(stored.at("/availableAmount/amount").asString()).isEqualTo("25.00");
        assertThat(stored.at("/requests").size()).isEqualTo(13);
    }

    private List<String> runAll(List<Callable<String>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : pool.invokeAll(tasks)) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpResponse<String> upload(String token, String requestId, String kind) {
        return http.upload("/funds/requests/" + requestId + "/evidence?kind=" + kind, token, kind.toLowerCase() + ".pdf", PDF);
    }

    private static Map<String, Object> budgetInput(String amount, int claimDays) {
        return Map.of("input", Map.of("name", "MDF " + UUID.randomUUID(), "amount", Map.of("amount", amount, "currency", "EUR"),
                "startsOn", "2026-01-01", "endsOn", "2027-12-31", "claimDays", claimDays));
    }

    private String budget(String staff, String amount, int claimDays) {
        JsonNode budget = http.payload(staff, CREATE_BUDGET, budgetInput(amount, claimDays)).path("fundBudget");
        assertThat(budget.at("/viewerCan/allocate").asBoolean()).isTrue();
        return budget.path("id").asString();
    }

    private String allocate(String staff, String budget, String partner, String amount) {
        return http.payload(staff, ALLOCATE, Map.of("input", Map.of("budgetId", budget, "partnerId", partner, "amount", amount)))
                .at("/fundAllocation/id").asString();
    }

    private static Map<String, Object> requestInput(String allocation, String activity, String amount, LocalDate endsOn) {
        return Map.of("allocationId", allocation, "activity", activity, "title", "Motor show stand",
                "plan", "A stand with two demo bikes", "amount", Map.of("amount", amount, "currency", "EUR"),
                "startsOn", endsOn.minusDays(2).toString(), "endsOn", endsOn.toString());
    }
}
