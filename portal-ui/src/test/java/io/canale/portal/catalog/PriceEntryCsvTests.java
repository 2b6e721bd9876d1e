package io.canale.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PriceEntryCsvTests {

    @Test
    void reads_entries_with_their_line_numbers_skipping_the_header_and_blank_lines() {
        PriceEntryCsv.Parsed parsed = PriceEntryCsv.parse("sku, unitPrice\r\nfrn-pad-001,42.50\n\n  BAT-12V-070 , 125 \n");

        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.entries()).containsExactly(
                new PriceEntryCsv.Entry(2, "FRN-PAD-001", new BigDecimal("42.50")),
                new PriceEntryCsv.Entry(4, "BAT-12V-070", new BigDecimal("125")));
    }

    @Test
    void a_first_line_that_is_no_header_is_an_entry() {
        assertThat(PriceEntryCsv.parse("FRN-PAD-001,1").entries()).hasSize(1);
    }

    @Test
    void refuses_bad_lines_with_their_number_and_reason() {
        PriceEntryCsv.Parsed parsed = PriceEntryCsv.parse("""
                FRN-PAD-001,42.50
                FRN-PAD-002
                FRN PAD,1.00
                FRN-PAD-003,0
                FRN-PAD-004,1.005
                FRN-PAD-005,12,50
                FRN-PAD-006,12;50
                frn-pad-001,43.00
                FRN-PAD-007,-3
                """);

        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.entries()).extracting(PriceEntryCsv.Entry::line).containsExactly(1);
        assertThat(parsed.refused()).containsExactly(
                new RefusedLine(2, "", "priceListCsv.columns"),
                new RefusedLine(3, "FRN PAD", "priceListCsv.sku"),
                new RefusedLine(4, "FRN-PAD-003", "priceListCsv.price"),
                new RefusedLine(5, "FRN-PAD-004", "priceListCsv.price"),
                new RefusedLine(6, "", "priceListCsv.columns"),
                new RefusedLine(7, "FRN-PAD-006", "priceListCsv.price"),
                new RefusedLine(8, "FRN-PAD-001", "priceListCsv.duplicate"),
                new RefusedLine(9, "FRN-PAD-007", "priceListCsv.price"));
    }

    @Test
    void accepts_ten_thousand_entries_and_refuses_the_next_line() {
        String tenThousand = IntStream.range(0, PriceEntryCsv.MAX_ENTRIES).mapToObj(i -> "SKU-" + i + ",1.00")
                .collect(Collectors.joining("\n", "sku,unitPrice\n", "\n"));
        assertThat(PriceEntryCsv.parse(tenThousand).entries()).hasSize(10_000);

        PriceEntryCsv.Parsed tooMany = PriceEntryCsv.parse(tenThousand + "SKU-X,1.00\nSKU-Y,1.00\n");
        assertThat(tooMany.refused()).containsExactly(new RefusedLine(10_002, "", "priceListCsv.tooMany"));
    }

    @Test
    void empty_text_has_nothing_to_send() {
        assertThat(PriceEntryCsv.parse("sku,unitPrice\n\n").ok()).isFalse();
        assertThat(PriceEntryCsv.parse(null).entries()).isEmpty();
    }
}
