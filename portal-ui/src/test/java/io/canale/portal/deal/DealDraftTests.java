package io.canale.portal.deal;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.MoneyInput;
import io.canale.portal.deal.DealInputs.RegisterDealInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class DealDraftTests {

    @Test
    void the_input_trims_leaves_out_a_blank_vat_number_and_writes_money_as_text() {
        DealDraft draft = new DealDraft();
        draft.setCustomerName(" Galli Costruzioni ");
        draft.setVatNumber("  ");
        draft.setProductLine("Furgoni");
        draft.setAmount(new BigDecimal("25000.50"));
        draft.setCurrency("eur");
        draft.setExpectedCloseDate(LocalDate.of(2027, 3, 31));

        assertThat(draft.toInput()).isEqualTo(new RegisterDealInput("Galli Costruzioni", null, "Furgoni",
                new MoneyInput("25000.50", "EUR"), LocalDate.of(2027, 3, 31)));
    }

    @Test
    void every_status_has_a_text_in_both_languages() {
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.ITALIAN}) {
            ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
            Arrays.stream(DealRegistration.Status.values())
                    .forEach(status -> assertThat(bundle.containsKey("dealStatus." + status)).isTrue());
        }
    }
}
