package io.canale.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.PartnerTier;
import java.math.BigDecimal;
import java.time.LocalDate;
import io.canale.portal.catalog.CatalogInputs.CreatePriceListInput;
import io.canale.portal.catalog.CatalogInputs.PriceEntryInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceListDraftTests {

    @Test
    void the_last_day_is_optional_but_not_before_the_first() {
        LocalDate from = LocalDate.of(2027, 1, 1);
        assertThat(PriceListDraft.isValidPeriod(from, null)).isTrue();
        assertThat(PriceListDraft.isValidPeriod(from, from)).isTrue();
        assertThat(PriceListDraft.isValidPeriod(from, from.minusDays(1))).isFalse();
    }

    @Test
    void input_carries_the_entries_in_text_order_with_prices_as_decimal_strings() {
        PriceListDraft draft = PriceListDraft.startingOn(LocalDate.of(2027, 1, 1));
        draft.setName(" Listino Gold 2027 ");
        draft.setTier(PartnerTier.GOLD);
        draft.setCurrency("eur");

        CreatePriceListInput input = draft.input(List.of(
                new PriceEntryCsv.Entry(2, "FRN-PAD-001", new BigDecimal("42.50")),
                new PriceEntryCsv.Entry(3, "BAT-12V-070", new BigDecimal("125"))));

        assertThat(input).isEqualTo(new CreatePriceListInput("Listino Gold 2027", PartnerTier.GOLD, "EUR",
                LocalDate.of(2027, 1, 1), null, List.of(new PriceEntryInput("FRN-PAD-001", "42.50"),
                        new PriceEntryInput("BAT-12V-070", "125"))));
    }
}
