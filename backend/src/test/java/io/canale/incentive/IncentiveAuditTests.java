package io.canale.incentive;

import static io.canale.incentive.IncentiveLedgerTests.CLOSE;
import static io.canale.incentive.IncentiveLedgerTests.CREATE;
import static io.canale.incentive.IncentiveLedgerTests.PAY;
import static io.canale.incentive.IncentiveLedgerTests.REVISE;
import static io.canale.incentive.IncentiveLedgerTests.currentQuarter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.canale.support.IntegrationTestBase;
import io.canale.support.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;

/**
 * Every change of a program (created, a new version, a closed period) and every payout is in the change feed, read as
 * the records are: a program's changes by staff, a payout's by staff and the partner paid; another dealer finds none.
 */
class IncentiveAuditTests extends IntegrationTestBase {

    static final String BIANCHI = "ptn_bianchi_moto";
    static final String HISTORY = "query($id: ID!) { history(recordId: $id, first: 100) { edges { node { recordType changeType version "
            + "actor { kind name } fields { path before after } } } } }";
    static final String CHANGES = "query($after: String, $types: [RecordType!]) { changes(first: 100, after: $after, types: $types) { "
            + "edges { node { recordType recordId } } pageInfo { hasNextPage endCursor } } }";

    @Autowired
    MutableClock clock;
    @Autowired
    MongoOperations mongo;

    @Test
    void program_versions_closings_and_payouts_are_audited_for_staff_and_the_partner_paid_only() {
        String staff = tokenFor("staff@canale.demo");
        String quarter = currentQuarter();
        Period period = Period.parse(quarter);
        String program = http.payload(staff, CREATE, Map.of("input", IncentiveLedgerTests.input("FRN-DSC-002")))
                .at("/incentiveProgram/id").asString();
        Map<String, Object> rules = Map.of("rebatePercent", "3", "skus", List.of("FRN-DSC-002"));
        http.payload(staff, REVISE, Map.of("input", Map.of("id", program, "expectedVersion", 0,
                "validFrom", period.next().start().toString(), "rules", rules)));
        Duration toNextQuarter = Duration.between(clock.instant(), period.endExclusive().plus(Duration.ofHours(1)));
        clock.advance(toNextQuarter);
        try {
            http.payload(staff, CLOSE, Map.of("input", Map.of("id", program, "expectedVersion", 1, "period", quarter)));
        } finally {
            clock.advance(toNextQuarter.negated());
        }
        mongo.insert(new LedgerEntry(program + "|earned", program, 1, quarter, BIANCHI, LedgerEntry.Kind.ACCRUAL, Accruals.Component.REBATE,
                "test-line", null, null, null, null, null, null, null, null, new BigDecimal("500.00"), "EUR", "TEST:" + program,
                clock.instant(), clock.instant()));
        http.payload(staff, PAY, Map.of("input", Map.of("programId", program, "period", quarter, "partnerId", BIANCHI,
                "amount", "120", "reference", "BON-AUDIT-1")));
        String payout = PartnerPayouts.id(program, quarter, BIANCHI);

        JsonNode programChanges = awaitHistory(staff, program, 3);
        assertThat(programChanges.findValuesAsString("changeType")).containsExactly("CREATED", "UPDATED", "UPDATED");
        assertThat(programChanges.findValuesAsString("recordType")).containsOnly("INCENTIVE_PROGRAM");
        assertThat(paths(programChanges.get(1))).anyMatch(path -> path.startsWith("versions.1."));
        assertThat(paths(programChanges.get(2))).anyMatch(path -> path.startsWith("closedPeriods.0."));
        assertThat(programChanges.get(2).at("/node/actor/kind").asString()).isNotEqualTo("SYSTEM");

        JsonNode staffPayout = awaitHistory(staff, payout, 1);
        assertThat(staffPayout.get(0).at("/node/recordType").asString()).isEqualTo("INCENTIVE_PAYOUT");
        assertThat(staffPayout.toString()).contains("BON-AUDIT-1").contains("120.00");
        JsonNode paid = awaitHistory(tokenFor("dealer2@canale.demo"), payout, 1);
        assertThat(paid.toString()).contains("BON-AUDIT-1").doesNotContain("staff@canale.demo");
        assertThat(feed(tokenFor("dealer2-system"), "INCENTIVE_PAYOUT")).contains(payout);

        for (String outsider : List.of("dealer@canale.demo", "dealer-system", "dealer2@canale.demo")) {
            String token = tokenFor(outsider);
            http.expectError("NOT_FOUND", token, HISTORY, Map.of("id", program));
            assertThat(feed(token, "INCENTIVE_PROGRAM")).as(outsider).doesNotContain(program);
        }
        for (String outsider : List.of("dealer@canale.demo", "dealer-system")) {
            String token = tokenFor(outsider);
            http.expectError("NOT_FOUND", token, HISTORY, Map.of("id", payout));
            assertThat(feed(token, null)).as(outsider).doesNotContain(payout);
        }
    }

    private JsonNode awaitHistory(String token, String id, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> history(token, id).size() >= count);
        return history(token, id);
    }

    private JsonNode history(String token, String id) {
        return http.graphql(token, HISTORY, Map.of("id", id)).at("/data/history/edges");
    }

    /** The record ids of the whole feed the caller reads, of one kind or all. */
    private List<String> feed(String token, String type) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", cursor);
            variables.put("types", type == null ? null : List.of(type));
            JsonNode page = http.graphql(token, CHANGES, variables).at("/data/changes");
            page.path("edges").forEach(edge -> ids.add(edge.at("/node/recordId").asString()));
            more = page.at("/pageInfo/hasNextPage").asBoolean();
            cursor = page.at("/pageInfo/endCursor").asString();
        }
        return ids;
    }

    private static List<String> paths(JsonNode edge) {
        List<String> paths = new ArrayList<>();
        edge.at("/node/fields").forEach(field -> paths.add(field.path("path").asString()));
        return paths;
    }
}
