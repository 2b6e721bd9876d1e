package io.canale.incentive;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a partner has earned in one period of a program, line by line, from its purchases: the same calculation for
 * the ledger (from the purchases the feed recorded) and for the check (from the order and return history).
 * <p>
 * Per eligible line (in the program's currency, of a covered product, under the version in force on the line's date):
 * REBATE {@code value × rebate %}; SPIFF {@code units × amount per unit}; TIER {@code value × rate of the tier reached
 * by the whole period} (RETROACTIVE) or the rates of the bands the line fills, in delivery order (INCREMENTAL). Refunded
 * goods reverse their own earnings at the period's rates; they lower the period's tier basis only where the version
 * says {@code returnsReduceBasis}. Per period, GROWTH pays its percentage on the net value above the same period last
 * year. Every amount is rounded HALF_UP to 2 decimals per line and component, then summed: never floating point.
 */
final class Accruals {

    enum Component { REBATE, TIER, SPIFF, GROWTH }

    /** What one line (or, for GROWTH, the period) should have earned under one component. */
    record Target(String lineKey, Component component, Purchase purchase, int programVersion, BigDecimal basis, BigDecimal rate,
            Integer tier, BigDecimal amount) {

        String key() {
            return key(lineKey, component);
        }

        static String key(String lineKey, Component component) {
            return lineKey + "/" + component.name();
        }
    }

    /**
     * Where a partner stands against the tiers of the version in force, in numbers; {@code tierFrom} is where the tier
     * reached starts (0 before the first).
     */
    record Progress(Rules.Measure measure, Rules.Mode mode, BigDecimal reached, int tier, BigDecimal tierFrom, BigDecimal rate,
            Integer nextTier, BigDecimal nextFrom, BigDecimal nextRate, BigDecimal remaining, BigDecimal extra, java.time.LocalDate by) {

        /** How far the period has come from the tier reached towards the next, 0 to 100 (100 at the top): a progress bar's filling. */
        BigDecimal towardsNextPercent() {
            if (nextFrom == null) {
                return HUNDRED.setScale(1);
            }
            BigDecimal span = nextFrom.subtract(tierFrom);
            BigDecimal done = reached.subtract(tierFrom).max(BigDecimal.ZERO);
            return span.signum() <= 0 ? BigDecimal.ZERO.setScale(1)
                    : done.multiply(HUNDRED).divide(span, 1, RoundingMode.DOWN).min(HUNDRED.setScale(1));
        }
    }

    static final String GROWTH_LINE = "growth";
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final Comparator<Purchase> IN_ORDER = Comparator.comparing(Purchase::at).thenComparing(Purchase::id);

    private Accruals() {
    }

    static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** The targets of one partner's period, by {@link Target#key()}; {@code lastYear} feeds the growth bonus only. */
    static Map<String, Target> of(Program program, Period period, List<Purchase> purchases, List<Purchase> lastYear) {
        List<Counted> counted = eligible(program, period, purchases);
        Totals totals = Totals.of(counted);
        Map<String, Target> targets = new LinkedHashMap<>();
        Map<Integer, BigDecimal> cumulative = new LinkedHashMap<>(); // incremental position per tier table (by version number)
        for (Counted line : counted) {
            Purchase purchase = line.purchase();
            Rules rules = line.version().rules();
            int number = line.version().number();
            BigDecimal sign = BigDecimal.valueOf(purchase.sign());
            BigDecimal value = purchase.value();
            if (rules.rebatePercent().signum() > 0) {
                put(targets, new Target(purchase.id(), Component.REBATE, purchase, number, value, rules.rebatePercent(), null,
                        round(sign.multiply(value).multiply(rules.rebatePercent()).divide(HUNDRED, EXACT))));
            }
            BigDecimal perUnit = rules.spiffOf(purchase.sku());
            if (perUnit != null) {
                put(targets, new Target(purchase.id(), Component.SPIFF, purchase, number, BigDecimal.valueOf(purchase.quantity()), perUnit,
                        null, round(sign.multiply(perUnit).multiply(BigDecimal.valueOf(purchase.quantity())))));
            }
            Rules.TierTable table = rules.tiers();
            if (table == null) {
                continue;
            }
            if (table.mode() == Rules.Mode.RETROACTIVE) {
                int tier = table.reached(totals.of(table.measure()));
                BigDecimal rate = table.rate(tier);
                put(targets, new Target(purchase.id(), Component.TIER, purchase, number, value, rate, tier,
                        round(sign.multiply(value).multiply(rate).divide(HUNDRED, EXACT))));
            } else {
                BigDecimal measure = measureOf(purchase, table.measure());
                BigDecimal position = cumulative.getOrDefault(0, BigDecimal.ZERO);
                BigDecimal low = purchase.refund() ? position.subtract(measure) : position;
                Band band = bands(table, low, low.add(measure));
                BigDecimal amount = measure.signum() == 0 ? BigDecimal.ZERO
                        : band.weighted().multiply(value).divide(measure, EXACT).divide(HUNDRED, EXACT);
                BigDecimal effective = measure.signum() == 0 ? BigDecimal.ZERO : band.weighted().divide(measure, EXACT);
                put(targets, new Target(purchase.id(), Component.TIER, purchase, number, value, effective.setScale(4, RoundingMode.HALF_UP),
                        band.highest(), round(sign.multiply(amount))));
                if (!purchase.refund() || rules.returnsReduceBasis()) {
                    cumulative.put(0, purchase.refund() ? low : position.add(measure));
                }
            }
        }
        growth(program, period, counted, lastYear).ifPresent(target -> put(targets, target));
        return targets;
    }

    /** Where the partner stands against the tiers in force on {@code today} (or at the period's end, once it ended). */
    static Optional<Progress> progress(Program program, Period period, List<Purchase> purchases, java.time.LocalDate today) {
        java.time.LocalDate asOf = today.isAfter(period.end()) ? period.end() : today.isBefore(period.start()) ? period.start() : today;
        Optional<Program.ProgramVersion> version = program.versionAt(asOf);
        if (version.isEmpty() || version.get().rules().tiers() == null) {
            return Optional.empty();
        }
        Rules.TierTable table = version.get().rules().tiers();
        List<Counted> counted = eligible(program, period, purchases);
        Totals totals = Totals.of(counted);
        BigDecimal reached = totals.of(table.measure());
        int tier = table.reached(reached);
        BigDecimal rate = table.rate(tier);
        BigDecimal tierFrom = tier == 0 ? BigDecimal.ZERO : table.tiers().get(tier - 1).from();
        if (tier >= table.tiers().size()) {
            return Optional.of(new Progress(table.measure(), table.mode(), reached, tier, tierFrom, rate, null, null, null, null, null,
                    period.end()));
        }
        Rules.Tier next = table.tiers().get(tier);
        BigDecimal remaining = next.from().subtract(reached);
        BigDecimal extra = null;
        if (table.mode() == Rules.Mode.RETROACTIVE) {
            // The whole period moves to the next rate: what is delivered already, plus the value still to deliver when tiers count value.
            BigDecimal base = totals.value().add(table.measure() == Rules.Measure.VALUE ? remaining : BigDecimal.ZERO);
            extra = round(base.multiply(next.ratePercent().subtract(rate)).divide(HUNDRED, EXACT));
        }
        return Optional.of(new Progress(table.measure(), table.mode(), reached, tier, tierFrom, rate, tier + 1, next.from(), next.ratePercent(),
                remaining, extra, period.end()));
    }

    private record Counted(Purchase purchase, Program.ProgramVersion version) {
    }

    /** The period's net totals that tiers count: refunds lower them where their version says so. */
    private record Totals(BigDecimal value, BigDecimal quantity) {

        static Totals of(List<Counted> counted) {
            BigDecimal value = BigDecimal.ZERO;
            BigDecimal quantity = BigDecimal.ZERO;
            for (Counted line : counted) {
                if (line.purchase().refund() && !line.version().rules().returnsReduceBasis()) {
                    continue;
                }
                BigDecimal sign = BigDecimal.valueOf(line.purchase().sign());
                value = value.add(sign.multiply(line.purchase().value()));
                quantity = quantity.add(sign.multiply(BigDecimal.valueOf(line.purchase().quantity())));
            }
            return new Totals(value, quantity);
        }

        BigDecimal of(Rules.Measure measure) {
            return measure == Rules.Measure.VALUE ? value : quantity;
        }
    }

    /** The lines that count in the period, oldest first, each with the version in force on its date. */
    private static List<Counted> eligible(Program program, Period period, List<Purchase> purchases) {
        List<Counted> counted = new ArrayList<>();
        purchases.stream().filter(p -> period.contains(p.at()) && program.currency().equals(p.currency())).sorted(IN_ORDER).forEach(p ->
                program.versionAt(Period.dateOf(p.at())).filter(v -> v.rules().covers(p.sku(), p.productLine()))
                        .ifPresent(v -> counted.add(new Counted(p, v))));
        return counted;
    }

    private static BigDecimal measureOf(Purchase purchase, Rules.Measure measure) {
        return measure == Rules.Measure.VALUE ? purchase.value() : BigDecimal.valueOf(purchase.quantity());
    }

    /** How much of [low, high) falls in each band, weighted by the band's rate; and the highest band touched. */
    private record Band(BigDecimal weighted, int highest) {
    }

    private static Band bands(Rules.TierTable table, BigDecimal low, BigDecimal high) {
        BigDecimal weighted = BigDecimal.ZERO;
        int highest = 0;
        for (int i = 0; i < table.tiers().size(); i++) {
            BigDecimal from = table.tiers().get(i).from();
            BigDecimal to = table.bandEnd(i);
            BigDecimal overlapLow = low.max(from);
            BigDecimal overlapHigh = to == null ? high : high.min(to);
            if (overlapHigh.compareTo(overlapLow) > 0) {
                weighted = weighted.add(overlapHigh.subtract(overlapLow).multiply(table.tiers().get(i).ratePercent()));
                highest = i + 1;
            }
        }
        return new Band(weighted, highest);
    }

    private static Optional<Target> growth(Program program, Period period, List<Counted> counted, List<Purchase> lastYear) {
        java.time.LocalDate last = period.end().isAfter(program.end()) ? program.end() : period.end();
        Optional<Program.ProgramVersion> in = program.versionAt(last);
        if (in.isEmpty() || in.get().rules().growthBonusPercent().signum() == 0) {
            return Optional.empty();
        }
        Rules rules = in.get().rules();
        BigDecimal now = Totals.of(counted).value();
        Period before = period.sameLastYear();
        BigDecimal baseline = BigDecimal.ZERO;
        for (Purchase p : lastYear) {
            if (before.contains(p.at()) && program.currency().equals(p.currency()) && rules.covers(p.sku(), p.productLine())
                    && (!p.refund() || rules.returnsReduceBasis())) {
                baseline = baseline.add(BigDecimal.valueOf(p.sign()).multiply(p.value()));
            }
        }
        BigDecimal growth = now.subtract(baseline).max(BigDecimal.ZERO);
        return Optional.of(new Target(GROWTH_LINE, Component.GROWTH, null, in.get().number(), growth, rules.growthBonusPercent(), null,
                round(growth.multiply(rules.growthBonusPercent()).divide(HUNDRED, EXACT))));
    }

    private static void put(Map<String, Target> targets, Target target) {
        targets.put(target.key(), target);
    }
}
