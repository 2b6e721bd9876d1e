package io.canale.portal.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.Money;
import io.canale.portal.api.PartnerTier;
import io.canale.portal.api.PartnerType;
import io.canale.portal.incentive.IncentiveProgram.Measure;
import io.canale.portal.incentive.IncentiveProgram.Mode;
import io.canale.portal.incentive.IncentiveProgram.PeriodLength;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Rules and tier progress in words, in both languages, from the API's numbers only. */
class IncentiveTextsTests {

    static final IncentiveProgram.TierProgress TO_TIER_3 = new IncentiveProgram.TierProgress("2027-Q1", Measure.VALUE, Mode.RETROACTIVE,
            new BigDecimal("27600.00"), 2, new BigDecimal("10000"), new BigDecimal("3"), 3, new BigDecimal("40000"), new BigDecimal("4.5"),
            new BigDecimal("12400.00"), LocalDate.parse("2027-03-31"), new Money("1860.00", "EUR"), new BigDecimal("58.6"));

    /** The portal's texts as its provider reads them: a missing key reads "!key", parameters through MessageFormat. */
    static String text(Locale locale, String key, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        if (!bundle.containsKey(key)) {
            return "!" + key;
        }
        return params.length == 0 ? bundle.getString(key) : new java.text.MessageFormat(bundle.getString(key), locale).format(params);
    }

    static IncentiveTexts texts(Locale locale) {
        return new IncentiveTexts(locale, (key, params) -> text(locale, key, params));
    }

    @Test
    void the_tier_progress_sentence_reads_as_the_issue_asks_in_english_and_italian() {
        assertThat(texts(Locale.ENGLISH).progress(TO_TIER_3, PeriodLength.QUARTER, "EUR")).isEqualTo(
                "€12,400.00 more delivered by March 31, 2027 reaches tier 3: 4.5 % instead of 3 % on the whole quarter, +€1,860.00");
        assertThat(texts(Locale.ITALIAN).progress(TO_TIER_3, PeriodLength.QUARTER, "EUR")).isEqualTo(
                "Altri 12.400,00\u00a0€ consegnati entro il 31 marzo 2027 portano allo scaglione 3: 4,5 % anziché 3 % sull’intero trimestre, "
                        + "+1.860,00\u00a0€");
    }

    @Test
    void first_tier_top_tier_incremental_and_quantity_tiers_have_their_own_sentences() {
        IncentiveProgram.TierProgress none = new IncentiveProgram.TierProgress("2026-Q4", Measure.VALUE, Mode.RETROACTIVE, new BigDecimal("100"),
                0, BigDecimal.ZERO, BigDecimal.ZERO, 1, new BigDecimal("500"), new BigDecimal("1"), new BigDecimal("400"),
                LocalDate.parse("2026-12-31"), new Money("5.00", "EUR"), new BigDecimal("20.0"));
        assertThat(texts(Locale.ENGLISH).progress(none, PeriodLength.QUARTER, "EUR"))
                .isEqualTo("€400.00 more delivered by December 31, 2026 reaches tier 1: 1 % on the whole quarter, +€5.00");
        IncentiveProgram.TierProgress top = new IncentiveProgram.TierProgress("2027", Measure.QUANTITY, Mode.RETROACTIVE, new BigDecimal("900"),
                3, new BigDecimal("500"), new BigDecimal("4"), null, null, null, null, LocalDate.parse("2027-12-31"), null, new BigDecimal("100.0"));
        assertThat(texts(Locale.ITALIAN).progress(top, PeriodLength.YEAR, "EUR")).isEqualTo("Raggiunto lo scaglione massimo 3: 4 % sull’intero anno.");
        IncentiveProgram.TierProgress units = new IncentiveProgram.TierProgress("2027-03", Measure.QUANTITY, Mode.INCREMENTAL, new BigDecimal("12"),
                1, new BigDecimal("10"), new BigDecimal("2"), 2, new BigDecimal("50"), new BigDecimal("3.25"), new BigDecimal("38"),
                LocalDate.parse("2027-03-31"), null, new BigDecimal("5.0"));
        assertThat(texts(Locale.ENGLISH).progress(units, PeriodLength.MONTH, "EUR"))
                .isEqualTo("38 units more delivered by March 31, 2027 reaches tier 2: 3.25 % instead of 2 % on what you deliver above 50 units.");
        assertThat(texts(Locale.ITALIAN).reached(units, "EUR")).isEqualTo("12 unità consegnate finora in questo periodo");
    }

    @Test
    void rules_read_as_sentences_with_tiers_retroactive_spiffs_growth_returns_products_and_who_takes_part() {
        IncentiveProgram.Rules rules = new IncentiveProgram.Rules(new BigDecimal("2"), new IncentiveProgram.TierTable(Measure.VALUE,
                Mode.RETROACTIVE, List.of(new IncentiveProgram.Tier(new BigDecimal("500"), new BigDecimal("1")),
                new IncentiveProgram.Tier(new BigDecimal("2500"), new BigDecimal("2.5")))),
                List.of(new IncentiveProgram.Spiff("BAT-12V-070", new BigDecimal("5.00"))), new BigDecimal("3"), true, List.of("Ricambi"),
                List.of("BAT-12V-070"));
        IncentiveProgram.Version version = new IncentiveProgram.Version(1, LocalDate.parse("2026-01-01"), rules, null);
        IncentiveProgram program = new IncentiveProgram("inc_1", "Volumi", "EUR", LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31"),
                PeriodLength.QUARTER, PeriodLength.QUARTER, new IncentiveProgram.Eligibility(List.of(PartnerType.DEALER),
                List.of(PartnerTier.GOLD), List.of("IT")), List.of(version), List.of(), null, null, null, List.of(), null, 0);
        assertThat(texts(Locale.ENGLISH).rules(program, version)).containsExactly(
                "Rebate: 2 % of the net value of every eligible line delivered.",
                "Volume tiers on the value delivered in each quarter:",
                "tier 1 from €500.00: 1 %",
                "tier 2 from €2,500.00: 2.5 %",
                "Retroactive: the tier reached pays its rate on the whole quarter, including what was delivered before reaching it.",
                "SPIFF: €5.00 per unit of BAT-12V-070 delivered.",
                "Growth bonus: 3 % of the value above the same quarter last year.",
                "Refunded returns give back what their goods earned and lower the tier basis.");
        assertThat(texts(Locale.ITALIAN).rules(program, version)).contains("scaglione 2 da 2.500,00\u00a0€: 2,5 %",
                "Retroattivo: lo scaglione raggiunto paga la sua aliquota sull’intero trimestre, compreso quanto consegnato prima di raggiungerlo.");
        assertThat(texts(Locale.ITALIAN).products(rules)).isEqualTo("linee di prodotto Ricambi; codici BAT-12V-070");
        assertThat(texts(Locale.ITALIAN).eligibility(program.eligibility())).isEqualTo("Concessionario · livello Gold · con sede in Italia");
        assertThat(texts(Locale.ENGLISH).runs(program)).isEqualTo("From Jan 1, 2026 to Dec 31, 2027; earnings count per quarter and are paid per quarter.");
        assertThat(texts(Locale.ENGLISH).summary(program, version)).isEqualTo("Rebate 2 % · 2 tiers, retroactive · SPIFF on 1 SKU · Growth bonus 3 %");
    }
}
