package io.canale.portal.incentiveadmin;

import io.canale.portal.Amounts;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A version's rules and a program's eligibility in a line of words for staff's overview, e.g. "Rebate 2 % · tiers on
 * value, retroactive: from 10.000 at 1 %, from 20.000 at 2 % · SPIFF BRK-001: 5,00 € per unit", in the reader's language.
 *
 * @param translate message key and parameters to text
 * @param locale the reader's locale, for numbers
 */
record RuleTexts(BiFunction<String, Object[], String> translate, Supplier<Locale> locale) {

    String rules(StaffProgram.Rules rules, String currency) {
        List<String> parts = new ArrayList<>();
        if (positive(rules.rebatePercent())) {
            parts.add(text("incentiveAdmin.words.rebate", number(rules.rebatePercent())));
        }
        if (rules.tiers() != null && !rules.tiers().tiers().isEmpty()) {
            List<String> tiers = rules.tiers().tiers().stream()
                    .map(tier -> text("incentiveAdmin.words.tier", number(tier.from()), number(tier.ratePercent()))).toList();
            parts.add(text("incentiveAdmin.words.tiers", text("incentiveMeasure." + rules.tiers().measure()),
                    text("incentiveMode." + rules.tiers().mode()), String.join(", ", tiers)));
        }
        for (StaffProgram.Spiff spiff : rules.spiffs()) {
            parts.add(text("incentiveAdmin.words.spiff", spiff.sku(), Amounts.format(spiff.perUnit().toPlainString(), currency, locale.get())));
        }
        if (positive(rules.growthBonusPercent())) {
            parts.add(text("incentiveAdmin.words.growth", number(rules.growthBonusPercent())));
        }
        parts.add(text(rules.returnsReduceBasis() ? "incentiveAdmin.words.returnsReduce" : "incentiveAdmin.words.returnsKeep"));
        List<String> products = new ArrayList<>(rules.productLines());
        products.addAll(rules.skus());
        parts.add(products.isEmpty() ? text("incentiveAdmin.words.allProducts") : text("incentiveAdmin.words.products", String.join(", ", products)));
        return String.join(" · ", parts);
    }

    String eligibility(StaffProgram.Eligibility eligibility) {
        if (eligibility == null) {
            return text("incentiveAdmin.words.anyone");
        }
        List<String> parts = new ArrayList<>();
        eligibility.partnerTypes().forEach(type -> parts.add(text("partnerType." + type)));
        eligibility.tiers().forEach(tier -> parts.add(text("tier." + tier)));
        parts.addAll(eligibility.countries());
        return parts.isEmpty() ? text("incentiveAdmin.words.anyone") : text("incentiveAdmin.words.eligible", String.join(", ", parts));
    }

    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale.get());
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    private String text(String key, Object... parameters) {
        return translate.apply(key, parameters);
    }
}
