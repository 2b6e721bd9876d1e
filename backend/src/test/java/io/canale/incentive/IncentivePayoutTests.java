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
                    programs.recordPayout(caller, program, quarter, PAYEE, new BigDecimal("100"), reference);
                    return "recorded";
                } catch (InvalidInputException refused) {
                    return refused.errors().getFirst().code().name();
                }
            });
        }
        BigDecimal owedBefore = liability(staff, program); // other periods may hold earnings of orders other tests delivered
        List<String> outcomes = runAll(payouts);

        assertThat(outcomes).filteredOn("recorded"::equals).as(outcomes.toString()).hasSize(10);
        assertThat(outcomes).filteredOn("INVALID"::equals).as("more than is owed").hasSize(WRITERS - 10);
        JsonNode earnings = earningsOf(staff, program, quarter);
        assertThat(earnings.at("/paid/amount").asString()).isEqualTo("1000.00");
        assertThat(earnings.at("/balance/amount").asString()).isEqualTo("0.00");
        assertThat(liability(staff, program)).as("the liability counts every payout, once").isEqualByComparingTo(owedBefore.subtract(
                new BigDecimal("1000.00")));
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
