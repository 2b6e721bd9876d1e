package io.canale.incentive;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * What accruing one delivered order costs as a partner's period fills up, for {@code CanaleBench}: the feeder settles the
 * partner's whole period per change (reads every recorded purchase and entry of the period, computes every line's target,
 * appends the difference), so the cost per order grows with the lines already in the period. It lives in the module's
 * package (in the bench jar) because the ledger and the purchases are package-private; it does what
 * {@code AccrualFeeder.settle} does for an admitted partner, on the demo volume program's current quarter.
 */
public final class BenchAccrualCost {

    private final MongoOperations mongo;
    private final Purchases purchases;
    private final Ledger ledger;

    public BenchAccrualCost(ApplicationContext context) {
        this.mongo = context.getBean(MongoOperations.class);
        this.purchases = context.getBean(Purchases.class);
        this.ledger = context.getBean(Ledger.class);
    }

    /** Prints the mean time to accrue one more delivered order with {@code lines} lines already in the period. */
    public double run(int lines, int orders) {
        Program program = mongo.findById(DemoIncentives.VOLUME, Program.class);
        Period period = program.periodOf(LocalDate.now(ZoneOffset.UTC)).orElseThrow();
        String partner = "ptn_bench_accrual_" + lines;
        Instant at = Instant.now();
        List<Purchase> seeded = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            seeded.add(delivery(partner, "seed" + i, at));
        }
        mongo.insertAll(seeded);
        settle(program, period, partner, "bench:seed");
        long started = System.nanoTime();
        for (int i = 0; i < orders; i++) {
            purchases.record(List.of(delivery(partner, "next" + i, at)));
            settle(program, period, partner, "bench:next" + i);
        }
        double millis = (System.nanoTime() - started) / 1e6 / orders;
        System.out.printf(Locale.ROOT, "  %,7d lines already in the period: %8.2f ms per delivered order (%d orders)%n", lines, millis, orders);
        return millis;
    }

    private void settle(Program program, Period period, String partner, String source) {
        List<Purchase> bought = purchases.recorded(partner, period.startInstant(), period.endExclusive());
        ledger.settle(program, period, partner, Accruals.of(program, period, bought, List.of()), source);
    }

    private static Purchase delivery(String partner, String order, Instant at) {
        return Purchase.delivery(partner, "ord_" + partner + "_" + order, 1, "FRN-PAD-001", "Ricambi", 2, new BigDecimal("24.50"), "EUR", at,
                "bench");
    }
}
