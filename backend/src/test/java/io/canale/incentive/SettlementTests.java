package io.canale.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.shared.Actor;
import io.canale.support.IntegrationTestBase;
import io.canale.support.SentCommands;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Settling on the store as the feeder does, batch by batch: a line added after the period's last one is settled from the
 * period's standing alone; a tier reached, a line out of order, a withdrawn delivery, a replay or a lost standing settle
 * the whole period; whatever happens, the ledger ends equal to the recomputation and a replay stores nothing.
 */
class SettlementTests extends IntegrationTestBase {

    static final Period Q1 = AccrualsTests.Q1;

    @Autowired
    Settlement settlement;
    @Autowired
    Purchases purchases;
    @Autowired
    Ledger ledger;
    @Autowired
    MongoOperations mongo;

    private final String partner = "ptn_settle_" + UUID.randomUUID();
    private int orders;

    @Test
    void a_line_added_after_the_last_one_is_settled_from_the_standing_without_reading_the_period() {
        Program program = program(new Rules(new BigDecimal("2"), table(Rules.Mode.RETROACTIVE, "100000", "1", "200000", "2"), null, null, true,
                null, null));
        for (int day = 1; day <= 30; day++) {
            see(program, List.of(delivered(String.format("2027-01-%02d", day), "100.00")));
        }
        Purchase next = delivered("2027-02-01", "250.00");
        List<String> sent = SentCommands.during(() -> see(program, List.of(next)));
        assertThat(sent).as("neither the period's purchases nor its entries are read: " + sent)
                .doesNotContain("find incentive_purchases", "find incentive_entries", "aggregate incentive_entries");
        assertThat(entries(program)).filteredOn(entry -> entry.lineKey().equals(next.id()))
                .extracting(LedgerEntry::kind, LedgerEntry::component, LedgerEntry::amount)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.ACCRUAL, Accruals.Component.REBATE, new BigDecimal("5.00")),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.ACCRUAL, Accruals.Component.TIER, new BigDecimal("0.00")));
        assertEqualsRecomputation(program);
    }

    @Test
    void a_retroactive_tier_reached_or_a_line_before_the_last_settles_the_whole_period() {
        Program program = program(new Rules(null, table(Rules.Mode.RETROACTIVE, "0", "1", "1000", "2"), null, null, true, null, null));
        Purchase first = delivered("2027-01-10", "600.00");
        see(program, List.of(first));
        Purchase second = delivered("2027-02-10", "600.00");
        see(program, List.of(second));
        assertThat(entries(program)).extracting(LedgerEntry::kind, LedgerEntry::lineKey, LedgerEntry::amount).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.ACCRUAL, first.id(), new BigDecimal("6.00")),
                org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.ACCRUAL, second.id(), new BigDecimal("12.00")),
                org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.TRUE_UP, first.id(), new BigDecimal("6.00")));
        Purchase earlier = delivered("2027-01-05", "100.00");
        see(program, List.of(earlier));
        assertThat(entries(program)).filteredOn(entry -> entry.lineKey().equals(earlier.id())).extracting(LedgerEntry::amount)
                .containsExactly(new BigDecimal("2.00"));
        assertEqualsRecomputation(program);
    }

    @Test
    void a_withdrawn_delivery_is_reversed_and_its_new_delivery_accrues() {
        Program program = program(AccrualsTests.rebate("2"));
        Purchase bought = delivered("2027-01-10", "1000.00");
        see(program, List.of(bought, delivered("2027-01-11", "500.00")));
        List<Purchase> withdrawn = purchases.withdraw(bought.orderId(), Set.of(), "ORDER:" + bought.orderId() + ":9");
        assertThat(withdrawn).extracting(Purchase::id).containsExactly(bought.id());
        Settlement.Batch batch = new Settlement.Batch();
        batch.whole(program, Q1, partner, "ORDER:" + bought.orderId() + ":9");
        settlement.settle(batch);
        Purchase again = Purchase.delivery(partner, bought.orderId(), 2, 1, "SKU-1", "bikes", 1, new BigDecimal("1000.00"), "EUR",
                Instant.parse("2027-01-20T12:00:00Z"), "ORDER:" + bought.orderId() + ":11");
        see(program, List.of(again));
        assertThat(entries(program)).filteredOn(entry -> bought.orderId().equals(entry.orderId()))
                .extracting(LedgerEntry::kind, LedgerEntry::lineKey, LedgerEntry::amount).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.ACCRUAL, bought.id(), new BigDecimal("20.00")),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.REVERSAL, bought.id(), new BigDecimal("-20.00")),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.ACCRUAL, again.id(), new BigDecimal("20.00")));
        assertEqualsRecomputation(program);
    }

    @Test
    void the_growth_baseline_comes_from_last_year_s_orders_even_those_the_feed_never_held() {
        Program program = program(new Rules(null, null, null, new BigDecimal("5"), true, null, null));
        // Delivered in last year's same quarter, stored long before incentives read the feed: never recorded as a purchase.
        String dealerOrder = DiscDeliveries.delivered(http, this::tokenFor, 3);
        org.bson.Document old = mongo.getCollection("orders").find(com.mongodb.client.model.Filters.eq("_id", dealerOrder)).first();
        String lastYear = "ord_settle_old_" + UUID.randomUUID();
        old.put("_id", lastYear);
        old.put("groupId", lastYear);
        old.remove("number");
        old.put("dealerId", partner);
        // Only the partner's: no carrier's board or Rossi's list shows the copy (its shipments stay with the original).
        old.put("parties", List.of(new org.bson.Document("partnerId", partner).append("role", "DEALER")));
        for (String moved : List.of("shipments", "handOvers", "carrierIds", "movingCarrierIds", "proofsOfDelivery")) {
            old.put(moved, List.of());
        }
        for (Object entry : old.getList("timeline", Object.class)) {
            org.bson.Document event = (org.bson.Document) entry;
            if ("ORDER_DELIVERED".equals(event.getString("event"))) {
                event.put("at", java.util.Date.from(Instant.parse("2026-02-01T10:00:00Z")));
            }
        }
        mongo.getCollection("orders").insertOne(old);
        try {
            growthFrom(program, lastYear);
        } finally {
            // A copy no real order matches (its sort keys are the original's): other tests list every order.
            mongo.getCollection("orders").deleteOne(com.mongodb.client.model.Filters.eq("_id", lastYear));
        }
    }

    private void growthFrom(Program program, String lastYear) {
        List<Purchase> baseline = purchases.fromHistory(partner, Q1.sameLastYear().startInstant(), Q1.sameLastYear().endExclusive());
        assertThat(baseline).extracting(Purchase::orderId).containsExactly(lastYear);
        BigDecimal before = baseline.getFirst().value();

        see(program, List.of(delivered("2027-01-10", "6000.00")));
        assertThat(entries(program)).filteredOn(entry -> entry.component() == Accruals.Component.GROWTH).extracting(LedgerEntry::amount)
                .as("5 %% of what Q1 2027 delivered above Q1 2026's %s", before)
                .containsExactly(Accruals.round(new BigDecimal("6000.00").subtract(before).max(BigDecimal.ZERO).multiply(new BigDecimal("0.05"))));
        see(program, List.of(delivered("2027-01-11", "1000.00")));
        assertThat(Ledger.total(entries(program))).isEqualByComparingTo(
                Accruals.round(new BigDecimal("7000.00").subtract(before).max(BigDecimal.ZERO).multiply(new BigDecimal("0.05"))));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
    void batches_replays_withdrawals_lost_standings_and_revisions_leave_the_ledger_equal_to_the_recomputation(long seed) {
        Random random = new Random(seed);
        Rules.Mode mode = random.nextBoolean() ? Rules.Mode.RETROACTIVE : Rules.Mode.INCREMENTAL;
        BigDecimal growth = random.nextBoolean() ? new BigDecimal("4") : null;
        Program program = program(new Rules(new BigDecimal("1.5"), table(mode, "40000", "2", "90000", "3.25"),
                List.of(new Rules.Spiff("SKU-2", new BigDecimal("7.10"))), growth, random.nextBoolean(), null, null));
        List<Purchase> history = new ArrayList<>();
        int size = 20 + random.nextInt(30);
        for (int i = 0; i < size; i++) {
            int quantity = 1 + random.nextInt(5);
            // Later and later, as deliveries come; now and then one dated earlier.
            Instant at = random.nextInt(10) == 0 ? Instant.parse("2027-01-01T08:00:00Z").plus(java.time.Duration.ofDays(random.nextInt(80)))
                    : Instant.parse("2027-01-01T08:00:00Z").plus(java.time.Duration.ofDays(i * 80L / size)).plusSeconds(60L * i);
            history.add(delivered(at, new BigDecimal(random.nextInt(300_000)).movePointLeft(2).multiply(BigDecimal.valueOf(quantity)),
                    quantity, "SKU-" + random.nextInt(3)));
        }
        int position = 0;
        List<Purchase> previous = List.of();
        while (position < history.size()) {
            List<Purchase> next = new ArrayList<>(history.subList(position, Math.min(history.size(), position + 1 + random.nextInt(4))));
            position += next.size();
            if (random.nextInt(8) == 0 && !previous.isEmpty()) {
                next.addAll(0, previous); // the previous batch read again after a restart, before the changes after it
            }
            if (random.nextInt(10) == 0) {
                mongo.remove(Query.query(Criteria.where("_id").is(Standing.id(program, Q1, partner))), Standing.class); // killed mid-settle
            }
            if (random.nextInt(10) == 0) {
                Purchase back = history.get(random.nextInt(position));
                next.add(refunded(back, "2027-03-" + (20 + random.nextInt(9))));
            }
            see(program, next);
            if (random.nextInt(12) == 0) {
                Purchase gone = history.get(random.nextInt(position));
                if (!purchases.withdraw(gone.orderId(), Set.of(), "ORDER:" + gone.orderId() + ":withdrawn").isEmpty()) {
                    Settlement.Batch batch = new Settlement.Batch();
                    batch.whole(program, Q1, partner, "ORDER:" + gone.orderId() + ":withdrawn");
                    settlement.settle(batch);
                }
            }
            if (position > size / 2 && program.versions().size() == 1 && random.nextBoolean()) {
                program.revise("2027-02-" + (10 + random.nextInt(10)), AccrualsTests.rebate("2.75"), Actor.SYSTEM, AccrualsTests.NOW);
                settlement.settleWhole(program, Q1, partner, "program:" + program.id() + ":v2");
            }
            previous = next;
            assertEqualsRecomputation(program); // after every batch: a later whole settle would hide a wrong one
        }
        int stored = entries(program).size();
        see(program, history);
        assertThat(entries(program)).as("everything read again stores nothing").hasSize(stored);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** What the feeder does with the purchases of a batch of changes: record them, then settle each period once. */
    private void see(Program program, List<Purchase> found) {
        Map<String, Purchases.Recorded> recorded = purchases.record(found);
        Settlement.Batch batch = new Settlement.Batch();
        for (Purchase purchase : found) {
            switch (recorded.get(purchase.id())) {
                case NEW -> batch.added(program, Q1, purchase, purchase.changeId());
                case AGAIN -> batch.whole(program, Q1, partner, purchase.changeId());
                case EARLIER -> {
                }
            }
        }
        settlement.settle(batch);
    }

    private void assertEqualsRecomputation(Program program) {
        List<Purchase> counting = purchases.recorded(partner, Q1.startInstant(), Q1.endExclusive());
        Map<String, BigDecimal> wanted = Accruals.of(program, Q1, counting, List.of()).values().stream()
                .collect(Collectors.toMap(Accruals.Target::key, Accruals.Target::amount));
        Map<String, BigDecimal> balances = Ledger.balances(entries(program));
        balances.forEach((key, balance) -> assertThat(balance).as(key).isEqualByComparingTo(wanted.getOrDefault(key, BigDecimal.ZERO)));
        wanted.forEach((key, amount) -> assertThat(balances.getOrDefault(key, BigDecimal.ZERO)).as(key).isEqualByComparingTo(amount));
    }

    private List<LedgerEntry> entries(Program program) {
        return ledger.entries(program.id(), Q1.key(), partner);
    }

    private static Program program(Rules rules) {
        return Program.define("inc_settle_" + UUID.randomUUID(), "Settling", "EUR", "2027-01-01", "2027-12-31", Period.Length.QUARTER,
                Period.Length.QUARTER, null, rules, Actor.SYSTEM, Instant.parse("2026-12-01T00:00:00Z"));
    }

    private static Rules.TierTable table(Rules.Mode mode, String... fromAndRate) {
        List<Rules.Tier> tiers = new ArrayList<>();
        for (int i = 0; i < fromAndRate.length; i += 2) {
            tiers.add(new Rules.Tier(new BigDecimal(fromAndRate[i]), new BigDecimal(fromAndRate[i + 1])));
        }
        return new Rules.TierTable(Rules.Measure.VALUE, mode, tiers);
    }

    private Purchase delivered(String day, String value) {
        return delivered(Instant.parse(day + "T12:00:00Z"), new BigDecimal(value), 1, "SKU-1");
    }

    private Purchase delivered(Instant at, BigDecimal value, int quantity, String sku) {
        String order = "ord_settle_" + partner + "_" + (++orders);
        return Purchase.delivery(partner, order, 1, sku, "bikes", quantity, value, "EUR", at, "ORDER:" + order + ":3");
    }

    private Purchase refunded(Purchase of, String day) {
        String caseId = "cas_settle_" + (++orders);
        return Purchase.refund(partner, caseId, of.orderId(), of.line(), of.sku(), of.productLine(), 1,
                of.value().divide(BigDecimal.valueOf(of.quantity()), 2, java.math.RoundingMode.HALF_UP), "EUR", Instant.parse(day + "T12:00:00Z"),
                "SERVICE_CASE:" + caseId + ":5");
    }
}
