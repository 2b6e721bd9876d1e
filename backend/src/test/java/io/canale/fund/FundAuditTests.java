package io.canale.fund;

import static io.canale.fund.FundTests.ALLOCATE;
import static io.canale.fund.FundTests.ANSWER;
import static io.canale.fund.FundTests.CREATE_BUDGET;
import static io.canale.fund.FundTests.DECIDE;
import static io.canale.fund.FundTests.REQUEST_FUNDS;
import static io.canale.fund.FundTests.ROSSI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.canale.support.IntegrationTestBase;
import io.canale.support.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every fund move is in the change feed, read as the records are: a budget by staff; an allocation with its requests'
 * decisions by staff and its partner; another dealer finds none of them.
 */
class FundAuditTests extends IntegrationTestBase {

    static final String HISTORY = "query($id: ID!) { history(recordId: $id, first: 100) { edges { node { recordType changeType "
            + "actor { kind name } fields { path before after } } } } }";
    static final String CHANGES = "query($after: String, $types: [RecordType!]) { changes(first: 100, after: $after, types: $types) { "
            + "edges { node { recordId } } pageInfo { hasNextPage endCursor } } }";

    @Autowired
    MutableClock clock;

    @Test
    void budget_allocation_and_request_decisions_are_audited_for_staff_and_the_partner_only() {
        String staff = tokenFor("staff@canale.demo");
        String dealer = tokenFor("dealer@canale.demo");
        String budget = http.payload(staff, CREATE_BUDGET, Map.of("input", Map.of("name", "MDF " + UUID.randomUUID(),
                "amount", Map.of("amount", "5000.00", "currency", "EUR"), "startsOn", "2026-01-01", "endsOn", "2027-12-31",
                "claimDays", 30))).at("/fundBudget/id").asString();
        String allocation = http.payload(staff, ALLOCATE, Map.of("input", Map.of("budgetId", budget, "partnerId", ROSSI,
                "amount", "800.00"))).at("/fundAllocation/id").asString();
        LocalDate ends = LocalDate.now(clock).plusDays(8);
        String request = http.payload(dealer, REQUEST_FUNDS, Map.of("input", Map.of("allocationId", allocation, "activity", "EVENT",
                "title", "Open day audit", "plan", "Test rides", "amount", Map.of("amount", "600.00", "currency", "EUR"),
                "startsOn", ends.minusDays(1).toString(), "endsOn", ends.toString()))).at("/fundRequest/id").asString();
        http.payload(staff, DECIDE.formatted("askAboutFundRequest"), Map.of("id", request, "comment", "How many bikes?"));
        http.payload(dealer, ANSWER, Map.of("id", request, "answer", "Four"));
        http.payload(staff, DECIDE.formatted("approveFundRequest"), Map.of("id", request, "amount", "450.00"));

        JsonNode budgetChanges = awaitHistory(staff, budget, 2);
        assertThat(budgetChanges.findValuesAsString("changeType")).containsExactly("CREATED", "UPDATED");
        JsonNode moves = awaitHistory(dealer, allocation, 5);
        assertThat(moves.findValuesAsString("recordType")).containsOnly("FUND_ALLOCATION");
        assertThat(moves.toString()).contains("INFO_REQUESTED").contains("How many bikes?").contains("Four").contains("450.00");
        assertThat(moves.toString()).doesNotContain("staff@canale.demo");
        assertThat(awaitHistory(staff, allocation, 5).toString()).contains("450.00");
        http.expectError("NOT_FOUND", dealer, HISTORY, Map.of("id", budget));

        for (String outsider : List.of("dealer2@canale.demo", "dealer2-system")) {
            String token = tokenFor(outsider);
            http.expectError("NOT_FOUND", token, HISTORY, Map.of("id", allocation));
            http.expectError("NOT_FOUND", token, HISTORY, Map.of("id", budget));
            assertThat(feed(token)).as(outsider).doesNotContain(allocation, budget);
        }
    }

    private JsonNode awaitHistory(String token, String id, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> history(token, id).size() >= count);
        return history(token, id);
    }

    private JsonNode history(String token, String id) {
        return http.graphql(token, HISTORY, Map.of("id", id)).at("/data/history/edges");
    }

    private List<String> feed(String token) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", cursor);
            variables.put("types", List.of("FUND_BUDGET", "FUND_ALLOCATION"));
            JsonNode page = http.graphql(token, CHANGES, variables).at("/data/changes");
            page.path("edges").forEach(edge -> ids.add(edge.at("/node/recordId").asString()));
            more = page.at("/pageInfo/hasNextPage").asBoolean();
            cursor = page.at("/pageInfo/endCursor").asString();
        }
        return ids;
    }
}
