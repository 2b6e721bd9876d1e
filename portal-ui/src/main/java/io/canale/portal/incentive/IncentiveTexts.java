package io.canale.portal.incentive;

import io.canale.portal.Amounts;
import io.canale.portal.api.Money;
import io.canale.portal.incentive.IncentiveProgram.Measure;
import io.canale.portal.incentive.IncentiveProgram.Mode;
import io.canale.portal.incentive.IncentiveProgram.PeriodLength;
import io.canale.portal.incentive.IncentiveProgram.Rules;
import io.canale.portal.incentive.IncentiveProgram.TierProgress;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A program's rules and a partner's standing in words, in the reader's language, from the API's numbers only: the
 * portal computes nothing about what the rules pay (the tier progress sentence is the API's {@code remaining},
 * {@code by}, {@code nextRatePercent}, {@code ratePercent} and {@code extra} put into a sentence).
 *
 * @param locale the reader's language, for numbers, amounts and dates
 * @param translate a message key and its parameters to text in that language
 */
record IncentiveTexts(Locale locale, Translate translate) {

    /** A message key and its parameters, as {@code getTranslation} reads them. */
    @FunctionalInterface
    interface Translate {
        String text(String key, Object... params);
    }

    // ---- the rules ------------------------------------------------------------------------------------------------

    /** What a version pays, one sentence per rule, then which products count and how returns are treated. */
    List<String> rules(IncentiveProgram program, IncentiveProgram.Version version) {
        List<String> sentences = new ArrayList<>();
        Rules rules = version.rules();
        String currency = program.currency();
        String period = text("incentive.period." + program.accrualPeriod());
        if (positive(rules.rebatePercent())) {
            sentences.add(text("incentive.rules.rebate", percent(rules.rebatePercent())));
        }
        IncentiveProgram.TierTable tiers = rules.tiers();
        if (tiers != null && tiers.tiers() != null && !tiers.tiers().isEmpty()) {
            sentences.add(text("incentive.rules.tiers." + tiers.measure(), period));
            for (int i = 0; i < tiers.tiers().size(); i++) {
                IncentiveProgram.Tier tier = tiers.tiers().get(i);
                sentences.add(text("incentive.rules.tier", i + 1, measured(tier.from(), tiers.measure(), currency), percent(tier.ratePercent())));
            }
            sentences.add(text("incentive.rules.mode." + tiers.mode(), text("incentive.whole." + program.accrualPeriod())));
        }
        for (IncentiveProgram.Spiff spiff : rules.spiffs()) {
            sentences.add(text("incentive.rules.spiff", money(spiff.perUnit(), currency), spiff.sku()));
        }
        if (positive(rules.growthBonusPercent())) {
            sentences.add(text("incentive.rules.growth", percent(rules.growthBonusPercent()), period));
        }
        sentences.add(text(rules.returnsReduceBasis() ? "incentive.rules.returnsReduce" : "incentive.rules.returnsKeep"));
        return sentences;
    }

    /** Which products count: every product, or the product lines and SKUs named. */
    String products(Rules rules) {
        if (rules.productLines().isEmpty() && rules.skus().isEmpty()) {
            return text("incentive.products.all");
        }
        List<String> parts = new ArrayList<>();
        if (!rules.productLines().isEmpty()) {
            parts.add(text("incentive.products.lines", String.join(", ", rules.productLines())));
        }
        if (!rules.skus().isEmpty()) {
            parts.add(text("incentive.products.skus", String.join(", ", rules.skus())));
        }
        return String.join("; ", parts);
    }

    /** Who may take part: partner types, tiers and home countries (each empty list: any). */
    String eligibility(IncentiveProgram.Eligibility eligibility) {
        String types = eligibility.partnerTypes().isEmpty() ? text("incentive.eligibility.anyType")
                : String.join(", ", eligibility.partnerTypes().stream().map(type -> text("partnerType." + type)).toList());
        List<String> parts = new ArrayList<>(List.of(types));
        if (!eligibility.tiers().isEmpty()) {
            parts.add(text("incentive.eligibility.tiers", String.join(", ", eligibility.tiers().stream().map(tier -> text("tier." + tier)).toList())));
        }
        if (!eligibility.countries().isEmpty()) {
            parts.add(text("incentive.eligibility.countries", String.join(", ", eligibility.countries().stream()
                    .map(code -> Locale.of("", code).getDisplayCountry(locale)).toList())));
        }
        return String.join(" · ", parts);
    }

    /** When it runs and how often it counts and pays. */
    String runs(IncentiveProgram program) {
        return text("incentive.runs", day(program.startDate()), day(program.endDate()), text("incentive.period." + program.accrualPeriod()),
                text("incentive.period." + program.payoutPeriod()));
    }

    /** The rules in short, for the program list: e.g. "Rebate 2 % · 3 tiers, retroactive · SPIFF on 1 SKU". */
    String summary(IncentiveProgram program, IncentiveProgram.Version version) {
        if (version == null) {
            return "";
        }
        Rules rules = version.rules();
        List<String> parts = new ArrayList<>();
        if (positive(rules.rebatePercent())) {
            parts.add(text("incentive.summary.rebate", percent(rules.rebatePercent())));
        }
        if (rules.tiers() != null && rules.tiers().tiers() != null && !rules.tiers().tiers().isEmpty()) {
            parts.add(text("incentive.summary.tiers." + rules.tiers().mode(), rules.tiers().tiers().size()));
        }
        if (!rules.spiffs().isEmpty()) {
            parts.add(text("incentive.summary.spiff", rules.spiffs().size()));
        }
        if (positive(rules.growthBonusPercent())) {
            parts.add(text("incentive.summary.growth", percent(rules.growthBonusPercent())));
        }
        return String.join(" · ", parts);
    }

    // ---- the partner's standing ---------------------------------------------------------------------------------

    /**
     * The tier progress in one sentence, e.g. "€12,400.00 more delivered by March 31, 2027 reaches tier 3: 4.5 % instead
     * of 3 % on the whole quarter, +€1,860.00".
     */
    String progress(TierProgress progress, PeriodLength period, String currency) {
        String whole = text("incentive.whole." + period);
        if (progress.nextTier() == null) {
            return progress.mode() == Mode.RETROACTIVE
                    ? text("incentive.progress.top.RETROACTIVE", progress.tier(), percent(progress.ratePercent()), whole)
                    : text("incentive.progress.top.INCREMENTAL", progress.tier(), percent(progress.ratePercent()),
                            measured(progress.tierFrom(), progress.measure(), currency));
        }
        String remaining = text("incentive.progress.more." + progress.measure(), measured(progress.remaining(), progress.measure(), currency));
        String next = percent(progress.nextRatePercent());
        String by = longDay(progress.by());
        if (progress.mode() == Mode.INCREMENTAL) {
            return text("incentive.progress.next.INCREMENTAL", remaining, by, progress.nextTier(), next, percent(progress.ratePercent()),
                    measured(progress.nextFrom(), progress.measure(), currency));
        }
        String extra = progress.extra() == null ? "" : Amounts.format(progress.extra(), locale);
        return progress.tier() == 0
                ? text("incentive.progress.first.RETROACTIVE", remaining, by, progress.nextTier(), next, whole, extra)
                : text("incentive.progress.next.RETROACTIVE", remaining, by, progress.nextTier(), next, percent(progress.ratePercent()), whole,
                        extra);
    }

    /** Where the period stands, in the measure: e.g. "€1,036.00 delivered so far" or "14 units delivered so far". */
    String reached(TierProgress progress, String currency) {
        return text("incentive.progress.reached." + progress.measure(), measured(progress.reached(), progress.measure(), currency));
    }

    /** A period's key with its days, e.g. "2026-Q4 · Oct 1, 2026 – Dec 31, 2026". */
    String period(IncentiveProgram.PeriodInfo period) {
        return text("incentive.periodLabel", period.key(), day(period.startDate()), day(period.endDate()));
    }

    /** An entry's rate: a percentage, or an amount per unit for a SPIFF. */
    String rate(IncentiveEntry entry) {
        if (entry.rate() == null) {
            return "";
        }
        return entry.component() == IncentiveProgram.Component.SPIFF
                ? text("incentive.entry.perUnit", money(entry.rate(), entry.amount().currency())) : percent(entry.rate());
    }

    /** An entry's basis: the line's value, the units (SPIFF) or the period's growth. */
    String basis(IncentiveEntry entry) {
        if (entry.basis() == null) {
            return "";
        }
        return entry.component() == IncentiveProgram.Component.SPIFF ? measured(entry.basis(), Measure.QUANTITY, null)
                : money(entry.basis(), entry.amount().currency());
    }

    // ---- numbers ------------------------------------------------------------------------------------------------

    /** A percentage in the reader's format, e.g. "4.5 %" or "4,5 %". */
    String percent(BigDecimal value) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(4);
        return number.format(value == null ? BigDecimal.ZERO : value) + " %";
    }

    String money(BigDecimal amount, String currency) {
        return Amounts.format(amount.toPlainString(), currency, locale);
    }

    String money(Money money) {
        return Amounts.format(money, locale);
    }

    private String measured(BigDecimal amount, Measure measure, String currency) {
        if (measure == Measure.VALUE) {
            return money(amount, currency);
        }
        return text("incentive.units", NumberFormat.getIntegerInstance(locale).format(amount));
    }

    String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    private String longDay(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    private String text(String key, Object... params) {
        return translate.text(key, params);
    }
}
