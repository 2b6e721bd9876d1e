package io.canale.portal.stock;

import java.time.LocalDate;

/**
 * A sample stock CSV to start from: the header the backend expects, a row without a next batch and one
 * with it (its ETA a month ahead, as the backend refuses past dates).
 */
final class StockSample {

    static final String[] COLUMNS = {"sku", "available", "nextBatchQuantity", "nextBatchEta"};

    private StockSample() {
    }

    static String csv(StockApi.Delimiter delimiter, LocalDate today) {
        String separator = String.valueOf(delimiter.character);
        return String.join(separator, COLUMNS) + "\n"
                + String.join(separator, "ABC-123", "240", "", "") + "\n"
                + String.join(separator, "ABC-456", "6", "120", today.plusMonths(1).toString()) + "\n";
    }
}
