package io.canale.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.shared.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The calculation and the ledger's appending, without a store: tier edges, versions, returns, replays. */
class AccrualsTests {

    static final Instant NOW = Instant.parse("2027-04-15T10:00:00Z");
    static final Period Q1 = Period.parse("2027-Q1");
    static final String ROSSI = "ptn_rossi_auto";

    static Rules tiers(Rules.Mode mode, Rules.Measure measure, boolean returnsReduceBasis, String... fromAndRate) {
        List<Rules.Tier> tiers = new ArrayList<>();
        for (int i = 0; i < fromAndRate.length; i += 2) {
            tiers.add(new Rules.Tier(new BigDecimal(fromAndRate[i]), new BigDecimal(fromAndRate[i + 1])));
        }
        return new Rules(null, new Rules.TierTable(measure, mode, tiers), null, null, returnsReduceBasis, null, null);
    }

    static Rules rebate(String percent) {
        return new Rules(new BigDecimal(percent), null, null, null, true, null, null);
    }

    static Program program(Rules rules) {
        return Program.define("inc_test", "Test", "EUR", "2027-01-01", "2027-12-31", Period.Length.QUARTER, Period.Length.QUARTER, null,
                rules, Actor.SYSTEM, Instant.parse("2026-12-01T00:00:00Z"));
    }

    static int sequence;

    static Purchase delivered(String day, String value) {
        return delivered(day, value, 1, "SKU-1");
    }

    static Purchase delivered(String day, String value, int quantity, String sku) {
        String order = "ord_" + (++sequence);
        return Purchase.delivery(ROSSI, order, 1, sku, "bikes", quantity, new BigDecimal(value), "EUR", Instant.parse(day + "T12:00:00Z"),
                "ORDER:" + order + ":3");
    }

    static Purchase refunded(Purchase of, String day, int quantity, String value) {
        return Purchase.refund(ROSSI, "cas_" + of.orderId(), of.orderId(), of.line(), of.sku(), of.productLine(), quantity,
                new BigDecimal(value), "EUR", Instant.parse(day + "T12:00:00Z"), "SERVICE_CASE:cas_" + of.orderId() + ":5");
    }

    static BigDecimal total(Map<String, Accruals.Target> targets) {
        return targets.values().stream().map(Accruals.Target::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Map<String, Accruals.Target> targets(Program program, Purchase... purchases) {
        return Accruals.of(program, Q1, List.of(purchases), List.of());
    }

    // ---- tiers ----------------------------------------------------------------------------------------------

    @Test
    void a_retroactive_tier_is_reached_exactly_at_its_start_and_not_a_cent_before() {
        Program program = program(tiers(Rules.Mode.RETROACTIVE, Rules.Measure.VALUE, true, "10000", "2", "20000", "3"));
        assertThat(total(targets(program, delivered("2027-01-10", "5000.00"), delivered("2027-02-10", "4999.99")))).isEqualByComparingTo("0");
        assertThat(total(targets(program, delivered("2027-01-10", "5000.00"), delivered("2027-02-10", "5000.00")))).isEqualByComparingTo("200.00");
        assertThat(total(targets(program, delivered("2027-01-10", "10000.00"), delivered("2027-02-10", "10000.00")))).isEqualByComparingTo("600.00");
    }

    @Test
    void retroactive_pays_the_reached_rate_on_the_whole_period_and_incremental_each_band_its_own() {
        Purchase first = delivered("2027-01-10", "15000.00");
        Purchase second = delivered("2027-02-10", "10000.00");
        Program retroactive = program(tiers(Rules.Mode.RETROACTIVE, Rules.Measure.VALUE, true, "10000", "2", "20000", "3"));
        Program incremental = program(tiers(Rules.Mode.INCREMENTAL, Rules.Measure.VALUE, true, "10000", "2", "20000", "3"));
        assertThat(total(targets(retroactive, first, second))).isEqualByComparingTo("750.00"); // 25,000 × 3 %
        Map<String, Accruals.Target> banded = targets(incremental, first, second);
        // first: 5,000 in band 1 at 2 %; second: 5,000 at 2 % and 5,000 at 3 %
        assertThat(banded.get(first.id() + "/TIER").amount()).isEqualByComparingTo("100.00");
        assertThat(banded.get(second.id() + "/TIER").amount()).isEqualByComparingTo("250.00");
        assertThat(banded.get(second.id() + "/TIER").tier()).isEqualTo(2);
    }

    @Test
    void quantity_tiers_count_units_and_pay_on_value() {
        Program program = program(tiers(Rules.Mode.RETROACTIVE, Rules.Measure.QUANTITY, true, "10", "5"));
        assertThat(total(targets(program, delivered("2027-01-10", "900.00", 9, "SKU-1")))).isEqualByComparingTo("0");
        assertThat(total(targets(program, delivered("2027-01-10", "900.00", 9, "SKU-1"), delivered("2027-01-11", "100.00", 1, "SKU-2"))))
                .isEqualByComparingTo("50.00");
    }

    @Test
    void a_retroactive_tier_reached_mid_period_writes_true_ups_for_the_earlier_lines() {
        Program program = program(tiers(Rules.Mode.RETROACTIVE, Rules.Measure.VALUE, true, "0", "1", "10000", "2"));
        Book book = new Book(program);
        Purchase first = delivered("2027-01-10", "6000.00");
        Purchase second = delivered("2027-02-10", "6000.00");
        book.see(first);
        assertThat(book.entries).extracting(LedgerEntry::kind, LedgerEntry::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.ACCRUAL, new BigDecimal("60.00")));
        book.see(second);
        assertThat(book.entries.subList(1, 3)).extracting(LedgerEntry::kind, LedgerEntry::lineKey, LedgerEntry::amount, LedgerEntry::tier)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.ACCRUAL, second.id(), new BigDecimal("120.00"), 2),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.TRUE_UP, first.id(), new BigDecimal("60.00"), 2));
        assertThat(book.entries.get(2).sourceChangeId()).isEqualTo(second.changeId());
        assertThat(book.total()).isEqualByComparingTo("240.00");
    }

    @Test
    void a_return_crossing_a_tier_downwards_reverses_the_goods_and_trues_up_the_rest() {
        Program program = program(tiers(Rules.Mode.RETROACTIVE, Rules.Measure.VALUE, true, "0", "1", "10000", "2"));
        Book book = new Book(program);
        Purchase first = delivered("2027-01-10", "6000.00");
        Purchase second = delivered("2027-02-10", "6000.00");
        book.see(first);
        book.see(second);
        Purchase back = refunded(second, "2027-03-01", 1, "3000.00");
        int before = book.entries.size();
        book.see(back);
        // 9,000 net: back to 1 % on everything
        assertThat(book.entries.subList(before, book.entries.size())).extracting(LedgerEntry::kind, LedgerEntry::lineKey, LedgerEntry::amount)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.REVERSAL, back.id(), new BigDecimal("-30.00")),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.TRUE_UP, first.id(), new BigDecimal("-60.00")),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.TRUE_UP, second.id(), new BigDecimal("-60.00")));
        assertThat(book.total()).isEqualByComparingTo("90.00");
    }

    @Test
    void a_return_that_does_not_reduce_the_basis_reverses_only_the_goods_at_the_period_rate() {
        Program program = program(tiers(Rules.Mode.RETROACTIVE, Rules.Measure.VALUE, false, "0", "1", "10000", "2"));
        Purchase first = delivered("2027-01-10", "6000.00");
        Purchase second = delivered("2027-02-10", "6000.00");
        Map<String, Accruals.Target> targets = targets(program, first, second, refunded(second, "2027-03-01", 1, "3000.00"));
        assertThat(total(targets)).isEqualByComparingTo("180.00"); // 12,000 × 2 % − 3,000 × 2 %
    }

    @Test
    void a_program_change_mid_period_applies_from_its_date_and_earlier_lines_keep_theirs() {
        Program program = program(rebate("2"));
        Purchase before = delivered("2027-02-14", "1000.00");
        Purchase after = delivered("2027-02-15", "1000.00");
        Book book = new Book(program);
        book.see(before);
        book.see(after);
        program.revise("2027-02-15", rebate("3"), Actor.SYSTEM, NOW);
        book.settle("program:inc_test:v2");
        assertThat(book.entries).extracting(LedgerEntry::kind, LedgerEntry::lineKey, LedgerEntry::programVersion, LedgerEntry::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.ACCRUAL, before.id(), 1, new BigDecimal("20.00")),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.ACCRUAL, after.id(), 1, new BigDecimal("20.00")),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.TRUE_UP, after.id(), 2, new BigDecimal("10.00")));
    }

    @Test
    void amounts_are_rounded_half_up_per_line_then_summed() {
        Program program = program(rebate("1"));
        // 0.50 each → 0.005 → 0.01 per line (half up); summed 0.03, where rounding the sum (0.015) would give 0.02
        Map<String, Accruals.Target> targets = targets(program, delivered("2027-01-10", "0.50"), delivered("2027-01-11", "0.50"),
                delivered("2027-01-12", "0.50"));
        assertThat(total(targets)).isEqualByComparingTo("0.03");
        assertThat(targets.values()).allSatisfy(target -> assertThat(target.amount().scale()).isEqualTo(2));
    }

    @Test
    void spiffs_pay_per_unit_and_growth_pays_on_the_value_above_last_year() {
        Rules rules = new Rules(null, null, List.of(new Rules.Spiff("SKU-PROMO", new BigDecimal("12.50"))), new BigDecimal("5"), true,
                null, null);
        Program program = Program.define("inc_growth", "Growth", "EUR", "2026-01-01", "2027-12-31", Period.Length.QUARTER,
                Period.Length.YEAR, null, rules, Actor.SYSTEM, NOW);
        Purchase lastYear = Purchase.delivery(ROSSI, "ord_old", 1, "SKU-1", "bikes", 1, new BigDecimal("4000.00"), "EUR",
                Instant.parse("2026-02-01T10:00:00Z"), "c");
        Map<String, Accruals.Target> targets = Accruals.of(program, Q1,
                List.of(delivered("2027-01-10", "5000.00", 4, "SKU-PROMO"), delivered("2027-01-11", "1000.00")), List.of(lastYear));
        assertThat(targets.values().stream().filter(t -> t.component() == Accruals.Component.SPIFF).findFirst().orElseThrow().amount())
                .isEqualByComparingTo("50.00");
        assertThat(targets.values().stream().filter(t -> t.component() == Accruals.Component.GROWTH).findFirst().orElseThrow().amount())
                .isEqualByComparingTo("100.00"); // (6,000 − 4,000) × 5 %
    }

    @Test
    void tier_progress_says_how_much_more_by_when_at_which_rate_and_the_extra() {
        Program program = program(tiers(Rules.Mode.RETROACTIVE, Rules.Measure.VALUE, true, "10000", "3", "40000", "4.5"));
        Accruals.Progress progress = Accruals.progress(program, Q1, List.of(delivered("2027-01-10", "27600.00")),
                java.time.LocalDate.parse("2027-02-01")).orElseThrow();
        assertThat(progress.tier()).isEqualTo(1);
        assertThat(progress.remaining()).isEqualByComparingTo("12400.00");
        assertThat(progress.nextRate()).isEqualByComparingTo("4.5");
        assertThat(progress.by()).isEqualTo(java.time.LocalDate.parse("2027-03-31"));
        assertThat(progress.extra()).isEqualByComparingTo("600.00"); // 40,000 × 1.5 %
        assertThat(progress.tierFrom()).isEqualByComparingTo("10000");
        assertThat(progress.towardsNextPercent()).as("17,600 of the 30,000 from tier 1 to tier 2").isEqualByComparingTo("58.6");
    }

    // ---- replays and order --------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765, 10946})
    void the_ledger_equals_the_recomputation_whatever_the_order_and_however_often_changes_are_seen(long seed) {
        Random random = new Random(seed);
        Rules.Mode mode = random.nextBoolean() ? Rules.Mode.RETROACTIVE : Rules.Mode.INCREMENTAL;
        Rules.Measure measure = random.nextBoolean() ? Rules.Measure.VALUE : Rules.Measure.QUANTITY;
        boolean reduce = random.nextBoolean();
        Rules rules = measure == Rules.Measure.VALUE
                ? new Rules(new BigDecimal("1.5"), new Rules.TierTable(measure, mode, List.of(new Rules.Tier(new BigDecimal("2000"), new BigDecimal("2")),
                        new Rules.Tier(new BigDecimal("5000"), new BigDecimal("3.25")))), List.of(new Rules.Spiff("SKU-2", new BigDecimal("7.10"))),
                        null, reduce, null, null)
                : new Rules(null, new Rules.TierTable(measure, mode, List.of(new Rules.Tier(new BigDecimal("10"), new BigDecimal("2")),
                        new Rules.Tier(new BigDecimal("25"), new BigDecimal("4")))), null, null, reduce, null, null);
        Program program = program(rules);
        List<Purchase> history = new ArrayList<>();
        for (int i = 0; i < 5 + random.nextInt(25); i++) {
            int quantity = 1 + random.nextInt(5);
            Purchase bought = delivered(String.format("2027-%02d-%02d", 1 + random.nextInt(3), 1 + random.nextInt(28)),
                    new BigDecimal(random.nextInt(200_000)).movePointLeft(2).multiply(BigDecimal.valueOf(quantity)).toPlainString(), quantity,
                    "SKU-" + random.nextInt(3));
            history.add(bought);
            if (random.nextInt(5) == 0) {
                int back = 1 + random.nextInt(quantity);
                history.add(refunded(bought, "2027-03-" + (10 + random.nextInt(19)), back,
                        bought.value().multiply(BigDecimal.valueOf(back)).divide(BigDecimal.valueOf(quantity), 2, java.math.RoundingMode.HALF_UP)
                                .toPlainString()));
            }
        }
        if (random.nextBoolean()) {
            program.revise("2027-02-" + (10 + random.nextInt(10)), rebate("2.75"), Actor.SYSTEM, NOW);
        }
        List<Purchase> seen = new ArrayList<>(history);
        for (int i = 0; i < history.size() / 2; i++) {
            seen.add(history.get(random.nextInt(history.size()))); // replays
        }
        java.util.Collections.shuffle(seen, random); // out of order
        Book book = new Book(program);
        seen.forEach(book::see);
        Map<String, Accruals.Target> recomputed = Accruals.of(program, Q1, history, List.of());
        Map<String, BigDecimal> wanted = recomputed.values().stream().collect(Collectors.toMap(Accruals.Target::key, Accruals.Target::amount));
        Map<String, BigDecimal> balances = Ledger.balances(book.entries);
        balances.forEach((key, balance) -> assertThat(balance).as(key).isEqualByComparingTo(wanted.getOrDefault(key, BigDecimal.ZERO)));
        wanted.forEach((key, amount) -> assertThat(balances.getOrDefault(key, BigDecimal.ZERO)).as(key).isEqualByComparingTo(amount));
        assertThat(book.total()).isEqualByComparingTo(total(recomputed));
        int stored = book.entries.size();
        seen.forEach(book::see);
        assertThat(book.entries).hasSize(stored);
    }

    /** A ledger in memory: the unique key refuses what is appended twice, as the store's index does. */
    static final class Book {

        final Program program;
        final List<LedgerEntry> entries = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
        final Map<String, Purchase> known = new java.util.LinkedHashMap<>();

        Book(Program program) {
            this.program = program;
        }

        void see(Purchase purchase) {
            known.putIfAbsent(purchase.id(), purchase);
            settle(purchase.changeId());
        }

        void settle(String source) {
            Map<String, Accruals.Target> targets = Accruals.of(program, Q1, List.copyOf(known.values()), List.of());
            for (LedgerEntry entry : Ledger.appending(program, Q1, ROSSI, entries, targets, source, NOW)) {
                if (ids.add(entry.id())) {
                    entries.add(entry);
                }
            }
        }

        BigDecimal total() {
            return Ledger.total(entries);
        }
    }
}
