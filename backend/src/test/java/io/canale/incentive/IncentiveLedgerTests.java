package io.canale.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.canale.support.IntegrationTestBase;
import io.canale.support.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;

/**
 * Incentives end to end over HTTP with real tokens: staff define a program, an order delivered by the carrier accrues
 * once however often the feed is read, a refunded return reverses what its goods earned, the check recomputes the
 * period from history and finds the ledger equal, closing freezes the period; other partners see nothing of Rossi's.
 */
class IncentiveLedgerTests extends IntegrationTestBase {

    static final String ROSSI = "ptn_rossi_auto";
    static final String VELOCE = DiscDeliveries.VELOCE;
    static final String PROGRAM = "id version name currency accrualPeriod viewerCan { revise closePeriod recordPayout check } "
            + "versions { number validFrom rules { rebatePercent tiers { measure mode tiers { from ratePercent } } } } "
            + "periods { key status snapshotHash entryCount }";
    static final String CREATE = "mutation($input: CreateIncentiveProgramInput!) { createIncentiveProgram(input: $input) { "
            + "incentiveProgram { " + PROGRAM + " } userErrors { field code message } } }";
    static final String REVISE = "mutation($input: ReviseIncentiveProgramInput!) { reviseIncentiveProgram(input: $input) { "
            + "incentiveProgram { " + PROGRAM + " } userErrors { field code message } } }";
    static final String CLOSE = "mutation($input: CloseIncentivePeriodInput!) { closeIncentivePeriod(input: $input) { "
            + "incentiveProgram { " + PROGRAM + " } userErrors { field code message } } }";
    static final String PAY = "mutation($input: RecordIncentivePayoutInput!) { recordIncentivePayout(input: $input) { "
            + "payout { id amount { amount currency } } userErrors { field code message } } }";
    static final String ENTRIES = "query($id: ID!, $partner: ID, $period: String) { incentiveProgram(id: $id) { "
            + "entries(partnerId: $partner, period: $period, first: 100) { edges { node { kind component orderId line caseId sku quantity "
            + "basis rate tier amount { amount currency } sourceChangeId programVersion period } } } } }";
    static final String FIGURES = "query($id: ID!, $partner: ID) { incentiveProgram(id: $id) { "
            + "earnings(partnerId: $partner) { partner { id } period earned { amount } pending { amount } paid { amount } balance { amount } } "
            + "tierProgress(partnerId: $partner) { tier nextTier remaining nextRatePercent by extra { amount } } "
            + "leaderboard { partner { id } earned { amount } } liability { amount } } }";
    static final String CHECK = "query($id: ID!, $period: String!) { incentiveCheck(programId: $id, period: $period) { "
            + "matches expected { amount } recorded { amount } entryCount differences { partnerId lineKey expected recorded } "
            + "snapshotHash snapshotMatches } }";

    @Autowired
    AccrualFeeder feeder;
    @Autowired
    MongoOperations mongo;
    @Autowired
    MutableClock clock;

    @Test
    void a_delivered_order_accrues_once_however_often_the_feed_is_read_and_the_check_finds_the_ledger_equal() {
        String staff = tokenFor("staff@canale.demo");
        String program = create(staff, "FRN-DSC-002");
        String order = delivered(2);
        List<JsonNode> mine = accrued(staff, program, order, 2);
        assertThat(mine).extracting(e -> e.path("kind").asString() + " " + e.path("component").asString() + " " + e.path("sku").asString()
                + " " + e.path("quantity").asInt() + " " + e.at("/amount/amount").asString())
                .as("below the first tier, the tier component is accrued at 0 %: a later true-up has a line to correct")
                .containsExactlyInAnyOrder("ACCRUAL REBATE FRN-DSC-002 2 " + rebateOn(staff, order), "ACCRUAL TIER FRN-DSC-002 2 0.00");
        assertThat(mine.getFirst().path("sourceChangeId").asString()).startsWith("ORDER:" + order + ":");

        mongo.getCollection(AccrualFeeder.CURSOR).updateOne(Filters.eq("_id", "feed"), Updates.set("after", 0L));
        assertThat(feeder.feed()).as("the whole feed read again stores nothing").isZero();
        assertThat(entriesOf(staff, program, order)).hasSize(2);

        JsonNode check = http.graphql(staff, CHECK, Map.of("id", program, "period", currentQuarter())).at("/data/incentiveCheck");
        assertThat(check.path("differences").size()).as(check.toString()).isZero();
        assertThat(check.path("matches").asBoolean()).isTrue();
        assertThat(decimal(check.at("/expected/amount"))).isEqualByComparingTo(decimal(check.at("/recorded/amount")));
    }

    @Test
    void a_refunded_return_reverses_what_its_goods_earned() {
        String staff = tokenFor("staff@canale.demo");
        String program = create(staff, "FRN-DSC-002");
        String dealer = tokenFor("dealer@canale.demo");
        String order = delivered(2);
        String caseId = http.payload(dealer, "mutation($input: OpenServiceCaseInput!) { openServiceCase(input: $input) { serviceCase { id } "
                + "userErrors { field code } } }", Map.of("input", Map.of("type", "RETURN", "subject", "A disc too many",
                "orderLines", List.of(Map.of("orderId", order, "line", 1)), "endCustomer", Map.of("name", "Laura Neri"))))
                .at("/serviceCase/id").asString();
        String rma = "mutation($id: ID!, $v: Int!) { authorizeReturn(input: {id: $id, expectedVersion: $v, lines: [{orderId: \"" + order
                + "\", line: 1, quantity: 1}]}) { serviceCase { version } userErrors { code } } }";
        int version = http.payload(staff, rma, Map.of("id", caseId, "v", 0)).at("/serviceCase/version").asInt();
        JsonNode shipped = http.payload(dealer, "mutation($id: ID!, $v: Int!) { createReturnShipment(input: {id: $id, expectedVersion: $v, "
                + "orderId: \"" + order + "\", carrierId: \"" + VELOCE + "\", packages: 1}) { serviceCase { version returnAuthorization { "
                + "shipments { shipmentId } } } userErrors { code } } }", Map.of("id", caseId, "v", version)).path("serviceCase");
        String back = shipped.at("/returnAuthorization/shipments/0/shipmentId").asString();
        String carrier = tokenFor("carrier@canale.demo");
        DiscDeliveries.event(http, carrier, back, "rp", "PICKED_UP");
        DiscDeliveries.event(http, carrier, back, "rd", "DELIVERED");
        http.payload(tokenFor("supplier@canale.demo"), "mutation($id: ID!, $v: Int!) { inspectReturn(input: {id: $id, expectedVersion: $v, "
                + "lines: [{orderId: \"" + order + "\", line: 1, receivedQuantity: 1, condition: DEFECTIVE, outcome: REFUND}]}) { "
                + "serviceCase { id } userErrors { field code } } }", Map.of("id", caseId, "v", shipped.path("version").asInt()));
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            feeder.feed();
            return entriesOf(staff, program, order).stream().anyMatch(e -> e.path("kind").asString().equals("REVERSAL"));
        });
        List<JsonNode> mine = entriesOf(staff, program, order).stream().filter(e -> e.path("component").asString().equals("REBATE")).toList();
        BigDecimal earned = new BigDecimal(rebateOn(staff, order));
        assertThat(mine).extracting(e -> e.path("kind").asString()).containsExactlyInAnyOrder("ACCRUAL", "REVERSAL");
        JsonNode reversal = mine.stream().filter(e -> e.path("kind").asString().equals("REVERSAL")).findFirst().orElseThrow();
        assertThat(reversal.path("caseId").asString()).isEqualTo(caseId);
        assertThat(reversal.path("quantity").asInt()).isEqualTo(1);
        BigDecimal unitPrice = decimal(http.graphql(staff, "query($id: ID!) { order(id: $id) { lines { unitPrice { amount } } } }",
                Map.of("id", order)).at("/data/order/lines/0/unitPrice/amount"));
        assertThat(decimal(reversal.at("/amount/amount"))).as("2 % of one disc, rounded on its own line")
                .isEqualByComparingTo(unitPrice.multiply(new BigDecimal("0.02")).setScale(2, java.math.RoundingMode.HALF_UP).negate());
        assertThat(earned).isPositive();
        JsonNode check = http.graphql(staff, CHECK, Map.of("id", program, "period", currentQuarter())).at("/data/incentiveCheck");
        assertThat(check.path("differences").size()).as(check.toString()).isZero();
    }

    @Test
    void another_partner_sees_nothing_of_rossis_figures_and_only_staff_administer() {
        String staff = tokenFor("staff@canale.demo");
        String program = create(staff, "FRN-DSC-002");
        String order = delivered(1);
        accrued(staff, program, order, 2);
        String rossi = tokenFor("dealer@canale.demo");
        JsonNode own = http.graphql(rossi, FIGURES, Map.of("id", program)).at("/data/incentiveProgram");
        assertThat(own.path("earnings").toString()).contains(ROSSI, currentQuarter());
        assertThat(own.path("leaderboard").isNull()).as("staff only").isTrue();
        assertThat(own.path("liability").isNull()).isTrue();
        assertThat(http.graphql(rossi, ENTRIES, Map.of("id", program)).toString()).contains(order);
        assertThat(http.graphql(rossi, "query($id: ID!) { incentiveProgram(id: $id) { viewerCan { revise closePeriod recordPayout check } } }",
                Map.of("id", program)).at("/data/incentiveProgram/viewerCan").toString())
                .isEqualTo("{\"revise\":false,\"closePeriod\":false,\"recordPayout\":false,\"check\":false}");

        String bianchi = tokenFor("dealer2@canale.demo");
        JsonNode theirs = http.graphql(bianchi, FIGURES, Map.of("id", program, "partner", ROSSI)).at("/data/incentiveProgram");
        assertThat(theirs.path("earnings").isNull()).isTrue();
        assertThat(theirs.path("tierProgress").isNull()).isTrue();
        assertThat(http.graphql(bianchi, ENTRIES, Map.of("id", program, "partner", ROSSI)).at("/data/incentiveProgram/entries/edges").size())
                .isZero();
        assertThat(http.graphql(bianchi, ENTRIES, Map.of("id", program)).toString()).doesNotContain(order);
        http.expectError("FORBIDDEN", bianchi, CHECK, Map.of("id", program, "period", currentQuarter()));
        http.expectError("FORBIDDEN", tokenFor("supplier@canale.demo"), "{ incentivePrograms(first: 5) { edges { node { id } } } }");
        http.expectError("FORBIDDEN", rossi, CREATE, Map.of("input", input("FRN-DSC-002")));

        JsonNode seenByStaff = http.graphql(staff, FIGURES, Map.of("id", program, "partner", ROSSI)).at("/data/incentiveProgram");
        assertThat(seenByStaff.path("leaderboard").toString()).contains(ROSSI);
        assertThat(decimal(seenByStaff.at("/liability/amount"))).isPositive();
        assertThat(seenByStaff.at("/tierProgress/nextTier").asInt()).isGreaterThan(0);
    }

    @Test
    void bad_programs_and_revisions_are_refused_with_user_errors() {
        String staff = tokenFor("staff@canale.demo");
        Map<String, Object> bad = input("FRN-DSC-002");
        bad.put("rules", Map.of("rebatePercent", "150", "tiers", Map.of("measure", "VALUE", "mode", "RETROACTIVE", "tiers", List.of(
                Map.of("from", "1000", "ratePercent", "2"), Map.of("from", "1000", "ratePercent", "3")))));
        bad.put("startDate", "2026-02-10");
        JsonNode errors = http.userErrors(staff, CREATE, Map.of("input", bad));
        assertThat(errors.findValuesAsString("message").toString()).contains("rate out of range", "tiers overlap", "boundaries");
        assertThat(errors.toString()).contains("[\"input\",\"rules\",\"rebatePercent\"]", "[\"input\",\"rules\",\"tiers\",\"tiers\",\"1\",\"from\"]",
                "[\"input\",\"startDate\"]");

        String program = create(staff, "FRN-DSC-002");
        JsonNode early = http.userErrors(staff, REVISE, Map.of("input", Map.of("id", program, "expectedVersion", 0, "validFrom", "2026-01-01",
                "rules", Map.of("rebatePercent", "3"))));
        assertThat(early.findValuesAsString("code")).containsExactly("INVALID");
        JsonNode stale = http.userErrors(staff, REVISE, Map.of("input", Map.of("id", program, "expectedVersion", 7, "validFrom", "2026-11-01",
                "rules", Map.of("rebatePercent", "3"))));
        assertThat(stale.findValuesAsString("code")).containsExactly("VERSION_CONFLICT");
        JsonNode open = http.userErrors(staff, CLOSE, Map.of("input", Map.of("id", program, "expectedVersion", 0, "period", currentQuarter())));
        assertThat(open.findValuesAsString("code")).containsExactly("ILLEGAL_STATE");
        JsonNode notOurs = http.userErrors(staff, CLOSE, Map.of("input", Map.of("id", program, "expectedVersion", 0, "period", "2031-Q1")));
        assertThat(notOurs.findValuesAsString("code")).containsExactly("INVALID");
    }

    @Test
    void closing_freezes_a_period_with_its_hash_payouts_go_against_it_and_no_version_starts_inside_it() {
        String staff = tokenFor("staff@canale.demo");
        String program = create(staff, "FRN-DSC-002");
        delivered(3);
        feeder.feed();
        String quarter = currentQuarter();
        Duration toNextQuarter = Duration.between(clock.instant(),
                Period.parse(quarter).endExclusive().plus(Duration.ofHours(1)));
        clock.advance(toNextQuarter);
        try {
            JsonNode closed = http.payload(staff, CLOSE, Map.of("input", Map.of("id", program, "expectedVersion", 0, "period", quarter)))
                    .path("incentiveProgram");
            JsonNode period = stream(closed.path("periods")).filter(p -> p.path("key").asString().equals(quarter)).findFirst().orElseThrow();
            assertThat(period.path("status").asString()).isEqualTo("CLOSED");
            assertThat(period.path("snapshotHash").asString()).hasSize(64);
            JsonNode check = http.graphql(staff, CHECK, Map.of("id", program, "period", quarter)).at("/data/incentiveCheck");
            assertThat(check.path("snapshotMatches").asBoolean()).isTrue();
            assertThat(check.path("snapshotHash").asString()).isEqualTo(period.path("snapshotHash").asString());

            assertThat(http.userErrors(staff, REVISE, Map.of("input", Map.of("id", program, "expectedVersion", closed.path("version").asInt(),
                    "validFrom", Period.parse(quarter).end().toString(), "rules", Map.of("rebatePercent", "3"))))
                    .findValuesAsString("code")).containsExactly("ILLEGAL_STATE");

            JsonNode figures = http.graphql(staff, FIGURES, Map.of("id", program, "partner", ROSSI)).at("/data/incentiveProgram");
            BigDecimal earned = decimal(stream(figures.path("earnings")).filter(e -> e.path("period").asString().equals(quarter)).findFirst()
                    .orElseThrow().at("/earned/amount"));
            assertThat(http.userErrors(staff, PAY, Map.of("input", Map.of("programId", program, "period", quarter, "partnerId", ROSSI,
                    "amount", earned.add(BigDecimal.ONE).toPlainString(), "reference", "BON-1"))).findValuesAsString("code"))
                    .containsExactly("EXCEEDS_AVAILABLE");
            assertThat(decimal(http.payload(staff, PAY, Map.of("input", Map.of("programId", program, "period", quarter, "partnerId", ROSSI,
                    "amount", earned.toPlainString(), "reference", "BON-1"))).at("/payout/amount/amount")))
                    .isEqualByComparingTo(earned);
            JsonNode paid = http.graphql(staff, FIGURES, Map.of("id", program, "partner", ROSSI)).at("/data/incentiveProgram/earnings");
            assertThat(decimal(stream(paid).filter(e -> e.path("period").asString().equals(quarter)).findFirst().orElseThrow()
                    .at("/balance/amount"))).isEqualByComparingTo("0");
        } finally {
            clock.advance(toNextQuarter.negated());
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    static String currentQuarter() {
        return Period.Length.QUARTER.of(LocalDate.now(ZoneOffset.UTC)).key();
    }

    /** A program of this and next year for dealers: 2 % rebate and retroactive tiers on the given SKU. */
    static Map<String, Object> input(String sku) {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        return new HashMap<>(Map.of("name", "Dischi " + UUID.randomUUID(), "currency", "EUR", "startDate", year + "-01-01",
                "endDate", (year + 1) + "-12-31", "accrualPeriod", "QUARTER", "payoutPeriod", "QUARTER",
                "eligibility", Map.of("partnerTypes", List.of("DEALER")),
                "rules", Map.of("rebatePercent", "2", "skus", List.of(sku), "tiers", Map.of("measure", "VALUE", "mode", "RETROACTIVE",
                        "tiers", List.of(Map.of("from", "1000000", "ratePercent", "1"), Map.of("from", "2000000", "ratePercent", "2"))))));
    }

    private String create(String staff, String sku) {
        return http.payload(staff, CREATE, Map.of("input", input(sku))).at("/incentiveProgram/id").asString();
    }

    /** 2 % of the line's value, as the order states it. */
    private String rebateOn(String token, String order) {
        JsonNode line = http.graphql(token, "query($id: ID!) { order(id: $id) { lines { quantity unitPrice { amount } } } }",
                Map.of("id", order)).at("/data/order/lines/0");
        return decimal(line.at("/unitPrice/amount")).multiply(BigDecimal.valueOf(line.path("quantity").asInt()))
                .multiply(new BigDecimal("0.02")).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private List<JsonNode> entriesOf(String token, String program, String order) {
        List<JsonNode> found = new ArrayList<>();
        http.graphql(token, ENTRIES, Map.of("id", program, "partner", ROSSI)).at("/data/incentiveProgram/entries/edges")
                .forEach(edge -> {
                    if (edge.at("/node/orderId").asString("").equals(order)) {
                        found.add(edge.path("node"));
                    }
                });
        return found;
    }

    /**
     * The order's entries in the program once there are {@code count}: the feed is derived until then, since a scheduled run
     * of another test context on the same store may hold the accrual lease when the test asks ({@code feed()} answers 0).
     */
    private List<JsonNode> accrued(String staff, String program, String order, int count) {
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            feeder.feed();
            return entriesOf(staff, program, order).size() >= count;
        });
        return entriesOf(staff, program, order);
    }

    private String delivered(int discs) {
        return DiscDeliveries.delivered(http, this::tokenFor, discs);
    }


    private static BigDecimal decimal(JsonNode node) {
        return new BigDecimal(node.asString());
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }
}
