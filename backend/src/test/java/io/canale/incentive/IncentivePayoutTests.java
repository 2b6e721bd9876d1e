package io.canale.incentive;

import static io.canale.incentive.IncentiveLedgerTests.CLOSE;
import static io.canale.incentive.IncentiveLedgerTests.CREATE;
import static io.canale.incentive.IncentiveLedgerTests.FIGURES;
import static io.canale.incentive.IncentiveLedgerTests.PAY;
import static io.canale.incentive.IncentiveLedgerTests.currentQuarter;
import static org.assertj.core.api.Assertions.assertThat;

import io.canale.shared.PartnerType;
import io.canale.security.Caller;
import io.canale.shared.InvalidInputException;
import io.canale.security.PartnerRole;
import io.canale.support.IntegrationTestBase;
import io.canale.support.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;

/**
 * Payouts against a closed period never add up to more than the partner earned in it, however many staff record them
 * at once, and a reference is recorded once.
 */
class IncentivePayoutTests extends IntegrationTestBase {

    static final int WRITERS = 24;
    /** A demo dealer that orders nothing in other tests: its earnings are only those given here. */
    static final String PAYEE = "ptn_dealer_07";

    @Autowired
    MongoOperations mongo;
    @Autowired
    MutableClock clock;
    @Autowired
    IncentivePrograms programs;

    @Test
    void concurrent_payouts_never_exceed_what_is_owed() throws Exception {
        String staff = tokenFor("staff@canale.demo");
        String quarter = currentQuarter();
        String program = closedWithEarnings(staff, quarter, new BigDecimal("1000.00"));
        // Straight to the service, all writers released at once: over HTTP the requests arrive too spread out to race.
        Caller caller = Caller.person("staff@canale.demo", "ptn_canale", PartnerType.MANUFACTURER, PartnerRole.ADMIN);
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        List<Callable<String>> payouts = new ArrayList<>();
        for (int i = 1; i <= WRITERS; i++) {
            String reference = "BON-" + i;
            payouts.add(() -> {
                start.await();
                try {
                    programs.recordPayout(caller, program, quarter, PAYEE, new BigDecimal("100"), reference, null);
                    return "recorded";
                } catch (InvalidInputException refused) {
                    return refused.errors().getFirst().code().name();
                }
            });
        }
        BigDecimal owedBefore = liability(staff, program); // other periods may hold earnings of orders other tests delivered
        // Before it closed, the quarter may also have accrued what other tests' deliveries earned the payee: the payouts
        // that fit are counted from what the closed quarter holds, never from the 1,000.00 put in.
        BigDecimal earned = new BigDecimal(earningsOf(staff, program, quarter).at("/earned/amount").asString());
        int fit = earned.divideToIntegralValue(new BigDecimal("100")).intValueExact();
        assertThat(fit).as("payouts of 100 that fit in " + earned).isBetween(10, WRITERS - 1);
        List<String> outcomes = runAll(payouts);

        assertThat(outcomes).filteredOn("recorded"::equals).as(outcomes.toString()).hasSize(fit);
        assertThat(outcomes).filteredOn("EXCEEDS_AVAILABLE"::equals).as("more than is owed").hasSize(WRITERS - fit);
        JsonNode earnings = earningsOf(staff, program, quarter);
        BigDecimal paid = new BigDecimal("100.00").multiply(BigDecimal.valueOf(fit));
        assertThat(new BigDecimal(earnings.at("/paid/amount").asString())).isEqualByComparingTo(paid);
        assertThat(new BigDecimal(earnings.at("/balance/amount").asString())).isEqualByComparingTo(earned.subtract(paid));
        assertThat(liability(staff, program)).as("the liability counts every payout, once").isEqualByComparingTo(owedBefore.subtract(paid));
    }

    @Test
    void a_reference_is_recorded_once() {
        String staff = tokenFor("staff@canale.demo");
        String quarter = currentQuarter();
        String program = closedWithEarnings(staff, quarter, new BigDecimal("1000.00"));
        Map<String, Object> input = Map.of("input", Map.of("programId", program, "period", quarter, "partnerId", PAYEE,
                "amount", "100", "reference", "BON-7"));
        assertThat(http.payload(staff, PAY, input).at("/payout/amount/amount").asString()).isEqualTo("100.00");
        assertThat(http.userErrors(staff, PAY, input).findValuesAsString("code")).containsExactly("DUPLICATE");
        assertThat(http.userErrors(staff, PAY, input).at("/0/field").toString()).contains("reference");
        assertThat(earningsOf(staff, program, quarter).at("/paid/amount").asString()).isEqualTo("100.00");
    }

    @Test
    void a_payout_keeps_the_day_it_was_paid_and_a_day_in_the_future_or_before_the_period_is_refused_at_the_field() {
        String staff = tokenFor("staff@canale.demo");
        String quarter = currentQuarter();
        String program = closedWithEarnings(staff, quarter, new BigDecimal("1000.00"));
        String firstDay = Period.parse(quarter).start().toString();
        String payout = "mutation($input: RecordIncentivePayoutInput!) { recordIncentivePayout(input: $input) { "
                + "payout { paidOn paidAt reference } userErrors { field code message } } }";

        JsonNode paid = http.payload(staff, payout, Map.of("input", Map.of("programId", program, "period", quarter, "partnerId", PAYEE,
                "amount", "100", "reference", "BON-DAY", "paidOn", firstDay))).at("/payout");
        assertThat(paid.path("paidOn").asString()).isEqualTo(firstDay);
        JsonNode today = http.payload(staff, payout, Map.of("input", Map.of("programId", program, "period", quarter, "partnerId", PAYEE,
                "amount", "100", "reference", "BON-TODAY"))).at("/payout");
        assertThat(today.path("paidOn").asString()).as("default: today").isEqualTo(Period.dateOf(clock.instant()).toString());
        for (String refused : List.of(Period.dateOf(clock.instant()).plusDays(1).toString(),
                Period.parse(quarter).start().minusDays(1).toString(), "31/12/2026")) {
            JsonNode errors = http.userErrors(staff, payout, Map.of("input", Map.of("programId", program, "period", quarter, "partnerId", PAYEE,
                    "amount", "100", "reference", "BON-" + refused, "paidOn", refused)));
            assertThat(errors.findValuesAsString("code")).as(refused).containsExactly("INVALID");
            assertThat(errors.at("/0/field").toString()).as(refused).contains("paidOn");
        }
        assertThat(earningsOf(staff, program, quarter).at("/paid/amount").asString()).isEqualTo("200.00");
    }

    @Test
    void the_check_names_the_partner_and_the_order_of_each_difference() {
        String staff = tokenFor("staff@canale.demo");
        String quarter = currentQuarter();
        String program = closedWithEarnings(staff, quarter, new BigDecimal("10.00"));
        JsonNode order = http.graphql(staff, "{ orders(first: 1) { edges { node { id number } } } }", Map.of())
                .at("/data/orders/edges/0/node");
        mongo.insert(new LedgerEntry(program + "|order", program, 1, quarter, PAYEE, LedgerEntry.Kind.ACCRUAL, Accruals.Component.REBATE,
                "test-order-line", order.path("id").asString(), 1, null, null, null, null, null, null, new BigDecimal("2.00"), "EUR",
                "TEST-ORDER:" + program, clock.instant(), clock.instant()));

        JsonNode check = http.graphql(staff, "query($id: ID!, $period: String!) { incentiveCheck(programId: $id, period: $period) { "
                + "matches differences { partner { id name } orderId orderNumber line component expected recorded } } }",
                Map.of("id", program, "period", quarter)).at("/data/incentiveCheck");
        assertThat(check.path("matches").asBoolean()).isFalse();
        JsonNode differences = check.path("differences");
        assertThat(differences.findValuesAsString("name")).as(check.toString()).isNotEmpty().allMatch(name -> !name.equals("?") && !name.isBlank());
        assertThat(differences.findValues("partner")).allMatch(partner -> partner.path("id").asString().equals(PAYEE));
        List<String> numbers = new ArrayList<>();
        differences.forEach(difference -> {
            if (!difference.path("orderId").isNull()) {
                numbers.add(difference.path("orderNumber").asString());
            }
        });
        assertThat(numbers).as(check.toString()).containsExactly(order.path("number").asString());
    }

    /**
     * A program whose quarter is closed, then given a dealer's earnings straight in the ledger: a closed period is out of the
     * feeder's reach, so nothing settles them away.
     */
    private String closedWithEarnings(String staff, String quarter, BigDecimal earned) {
        String program = http.payload(staff, CREATE, Map.of("input", IncentiveLedgerTests.input("FRN-DSC-002")))
                .at("/incentiveProgram/id").asString();
        Duration toNextQuarter = Duration.between(clock.instant(), Period.parse(quarter).endExclusive().plus(Duration.ofHours(1)));
        clock.advance(toNextQuarter);
        try {
            http.payload(staff, CLOSE, Map.of("input", Map.of("id", program, "expectedVersion", 0, "period", quarter)));
        } finally {
            clock.advance(toNextQuarter.negated());
        }
        mongo.insert(new LedgerEntry(program + "|earned", program, 1, quarter, PAYEE, LedgerEntry.Kind.ACCRUAL, Accruals.Component.REBATE,
                "test-line", null, null, null, null, null, null, null, null, earned, "EUR", "TEST:" + program, clock.instant(),
                clock.instant()));
        return program;
    }

    private BigDecimal liability(String staff, String program) {
        return new BigDecimal(http.graphql(staff, FIGURES, Map.of("id", program, "partner", PAYEE)).at("/data/incentiveProgram/liability/amount")
                .asString());
    }

    private JsonNode earningsOf(String staff, String program, String quarter) {
        JsonNode all = http.graphql(staff, FIGURES, Map.of("id", program, "partner", PAYEE)).at("/data/incentiveProgram/earnings");
        for (JsonNode earnings : all) {
            if (earnings.path("period").asString().equals(quarter)) {
                return earnings;
            }
        }
        throw new AssertionError("no earnings of " + quarter + " in " + all);
    }

    private static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
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
}
