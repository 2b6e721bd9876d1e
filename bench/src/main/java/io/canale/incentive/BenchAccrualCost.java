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
 * What accruing one delivered order costs as a partner's period fills up, for {@code CanaleBench}: each order is one
 * batch of the feeder (its purchase recorded, then {@link Settlement#settle} for every program period it touches), on
 * the demo volume program's current quarter. It lives in the module's package (in the bench jar) because the settlement
 * and the purchases are package-private.
 */
public final class BenchAccrualCost {

    private static final String BENCH_PROGRAM = "inc_bench_volume";

    private final MongoOperations mongo;
    private final Purchases purchases;
    private final Settlement settlement;

    public BenchAccrualCost(ApplicationContext context) {
        this.mongo = context.getBean(MongoOperations.class);
        this.purchases = context.getBean(Purchases.class);
        this.settlement = context.getBean(Settlement.class);
    }

    /** Prints the mean time to accrue one more delivered order with {@code lines} lines already in the period. */
    public double run(int lines, int orders) {
        Program program = program();
        Period period = program.periodOf(LocalDate.now(ZoneOffset.UTC)).orElseThrow();
        String partner = "ptn_bench_accrual_" + lines;
        Instant at = Instant.now();
        List<Purchase> seeded = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            seeded.add(delivery(partner, "seed" + i, at));
        }
        mongo.insertAll(seeded);
        settlement.settleWhole(program, period, partner, "bench:seed");
        long started = System.nanoTime();
        for (int i = 0; i < orders; i++) {
            Purchase next = delivery(partner, "next" + i, at.plusMillis(i + 1));
            purchases.record(List.of(next));
            Settlement.Batch batch = new Settlement.Batch();
            batch.added(program, period, next, "bench:next" + i);
            settlement.settle(batch);
        }
        double millis = (System.nanoTime() - started) / 1e6 / orders;
        System.out.printf(Locale.ROOT, "  %,7d lines already in the period: %8.2f ms per delivered order (%d orders)%n", lines, millis, orders);
        return millis;
    }

    /**
     * The demo volume program's rules (2 % rebate, retroactive tiers up to 6,000 EUR, a SPIFF) open to every partner, so
     * that the bench's partners take part; marked settled, so the scheduled feeder leaves it alone.
     */
    private Program program() {
        Program existing = mongo.findById(BENCH_PROGRAM, Program.class);
        if (existing != null) {
            return existing;
        }
        Program demo = mongo.findById(DemoIncentives.VOLUME, Program.class);
        Program program = Program.define(BENCH_PROGRAM, "Bench volume", demo.currency(), demo.startDate(), demo.endDate(),
                Period.Length.QUARTER, Period.Length.QUARTER, null, demo.versions().getLast().rules(), io.canale.shared.Actor.SYSTEM,
                Instant.now());
        mongo.insert(program);
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(BENCH_PROGRAM)),
                org.springframework.data.mongodb.core.query.Update.update("settledVersions", 1), Program.class);
        return mongo.findById(BENCH_PROGRAM, Program.class);
    }

    private static Purchase delivery(String partner, String order, Instant at) {
        return Purchase.delivery(partner, "ord_" + partner + "_" + order, 1, "FRN-PAD-001", "Ricambi", 2, new BigDecimal("24.50"), "EUR", at,
                "bench");
    }
}
