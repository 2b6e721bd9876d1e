package io.canale.portal.incentiveadmin;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.Money;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.incentive.IncentiveProgram.Component;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The recompute check in words, in both languages: agreement, each difference per partner and line, the snapshot. */
class CheckTextsTests {

    static final PartnerRef ROSSI = new PartnerRef("ptn_rossi_auto", "Rossi Auto");

    static CheckTexts texts(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new CheckTexts((key, params) -> bundle.containsKey(key) ? new MessageFormat(bundle.getString(key), locale).format(params)
                : "!" + key, locale);
    }

    @Test
    void agreement_reads_ledger_equals_recompute_with_the_entries_and_the_total() {
        CheckResult equal = new CheckResult("inc_1", "2026-Q4", true, new Money("1234.50", "EUR"), new Money("1234.50", "EUR"), 12, List.of(),
                null, null);
        assertThat(texts(Locale.ENGLISH).summary(equal)).isEqualTo("Ledger = recompute: 12 entries, €1,234.50 in both.");
        assertThat(texts(Locale.ITALIAN).summary(equal)).isEqualTo("Registro = ricalcolo: 12 voci, 1.234,50\u00a0€ in entrambi.");
        assertThat(texts(Locale.ENGLISH).differences(equal)).isEmpty();
        assertThat(texts(Locale.ENGLISH).snapshot(equal)).as("open: no snapshot").isNull();
        CheckResult one = new CheckResult("inc_1", "2026-Q4", true, new Money("5.00", "EUR"), new Money("5.00", "EUR"), 1, List.of(), null, null);
        assertThat(texts(Locale.ENGLISH).summary(one)).isEqualTo("Ledger = recompute: 1 entry, €5.00 in both.");
    }

    @Test
    void each_difference_names_the_partner_the_order_line_the_component_and_both_amounts() {
        CheckResult differs = new CheckResult("inc_1", "2026-Q3", false, new Money("12.00", "EUR"), new Money("30.00", "EUR"), 3, List.of(
                new CheckResult.Difference(ROSSI, "D:ord_1:1", Component.REBATE, "ord_1", "2026-000042", 1, new BigDecimal("12.00"),
                        new BigDecimal("10.00")),
                new CheckResult.Difference(ROSSI, "growth", Component.GROWTH, null, null, null, BigDecimal.ZERO, new BigDecimal("20.00"))),
                "ab12", false);

        assertThat(texts(Locale.ENGLISH).summary(differs))
                .isEqualTo("Ledger and recompute differ on 2 lines: the ledger holds €30.00, the history gives €12.00.");
        assertThat(texts(Locale.ENGLISH).differences(differs)).containsExactly(
                "Rossi Auto, order 2026-000042, line 1, Rebate: the ledger holds €10.00, the history gives €12.00.",
                "Rossi Auto, the whole period, Growth bonus: the ledger holds €20.00, the history gives €0.00.");
        assertThat(texts(Locale.ITALIAN).differences(differs)).containsExactly(
                "Rossi Auto, ordine 2026-000042, riga 1, Ristorno: il registro riporta 10,00\u00a0€, lo storico dà 12,00\u00a0€.",
                "Rossi Auto, l’intero periodo, Bonus crescita: il registro riporta 20,00\u00a0€, lo storico dà 0,00\u00a0€.");
        assertThat(texts(Locale.ENGLISH).snapshot(differs)).isEqualTo("The entries no longer match the snapshot taken when the period was closed.");
    }
}
