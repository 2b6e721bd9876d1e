package io.canale.stock;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The latest published stock of one SKU; one document per SKU, replaced by each feed. Each replace stamps the document
 * with a unique {@code revision} (written by {@link StockSignals}, not read back into this record) and is conditional on
 * the stamp it read.
 */
@Document("stock_levels")
@CompoundIndex(name = "revision", def = "{'revision': 1}", unique = true, sparse = true)
record StockLevel(@Id String sku, String supplierId, long available, Long nextBatchQuantity, String nextBatchEta,
        Instant updatedAt, String updatedBy) {

    enum Band { IN_STOCK, LOW, OUT }

    Band band(long lowThreshold) {
        return available <= 0 ? Band.OUT : available <= lowThreshold ? Band.LOW : Band.IN_STOCK;
    }
}
