package io.canale.portal.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StockSampleTests {

    @Test
    void the_sample_has_the_backends_header_and_a_future_eta_in_the_chosen_delimiter() {
        String csv = StockSample.csv(StockApi.Delimiter.SEMICOLON, LocalDate.of(2027, 1, 15));

        assertThat(csv.lines()).containsExactly("sku;available;nextBatchQuantity;nextBatchEta", "ABC-123;240;;",
                "ABC-456;6;120;2027-02-15");
        assertThat(StockSample.csv(StockApi.Delimiter.COMMA, LocalDate.of(2027, 1, 15)))
                .startsWith("sku,available,nextBatchQuantity,nextBatchEta\n");
    }
}
