package io.canale.portal.order;

import static io.canale.portal.order.Products.FERRI;
import static io.canale.portal.order.Products.GALLO;
import static io.canale.portal.order.Products.line;
import static io.canale.portal.order.Products.priced;
import static io.canale.portal.order.Products.unpriced;
import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PricePreviewTests {

    @Test
    void totals_are_grouped_by_supplier_in_the_order_of_their_first_line() {
        PricePreview preview = PricePreview.of(List.of(
                line(priced("BAT-12V-070", GALLO, "139.00", "EUR"), 2),
                line(priced("FRN-PAD-001", FERRI, "48.00", "EUR"), 3),
                line(priced("LMP-LED-H7", GALLO, "24.00", "EUR"), 1)));

        assertThat(preview.suppliers()).extracting(PricePreview.SupplierTotal::supplier).containsExactly(GALLO, FERRI);
        assertThat(preview.suppliers().get(0).totals()).isEqualTo(Map.of("EUR", new BigDecimal("302.00")));
        assertThat(preview.suppliers().get(1).totals()).isEqualTo(Map.of("EUR", new BigDecimal("144.00")));
        assertThat(preview.totals()).isEqualTo(Map.of("EUR", new BigDecimal("446.00")));
    }

    @Test
    void currencies_are_never_added_together() {
        PricePreview preview = PricePreview.of(List.of(
                line(priced("FRN-PAD-001", FERRI, "48.00", "EUR"), 1),
                line(priced("FRN-DSC-002", FERRI, "100.50", "CHF"), 2)));

        assertThat(preview.suppliers()).hasSize(1);
        assertThat(preview.suppliers().getFirst().totals())
                .isEqualTo(Map.of("EUR", new BigDecimal("48.00"), "CHF", new BigDecimal("201.00")));
        assertThat(preview.totals()).containsOnlyKeys("EUR", "CHF");
    }

    @Test
    void lines_without_product_price_or_valid_quantity_do_not_count() {
        PricePreview preview = PricePreview.of(List.of(
                line(null, 1),
                line(unpriced("TYR-205-55", GALLO), 4),
                line(priced("FRN-PAD-001", FERRI, "48.00", "EUR"), 0),
                line(priced("FLT-OIL-010", FERRI, "12.90", "EUR"), null),
                line(priced("LMP-LED-H7", GALLO, "24.00", "EUR"), 10_001)));

        assertThat(preview.isEmpty()).isTrue();
        assertThat(preview.suppliers()).isEmpty();
        assertThat(preview.unpricedLines()).isEqualTo(1);
    }

    @Test
    void line_total_is_unit_price_times_quantity_in_the_lines_currency() {
        assertThat(PricePreview.lineTotal(line(priced("FLT-OIL-010", FERRI, "12.90", "EUR"), 10_000)))
                .contains(new Money("129000.00", "EUR"));
        assertThat(PricePreview.lineTotal(line(unpriced("TYR-205-55", GALLO), 1))).isEmpty();
    }
}
