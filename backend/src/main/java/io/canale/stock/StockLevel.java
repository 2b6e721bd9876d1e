package io.canale.stock;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The latest published stock of one SKU; one document per SKU, replaced by each feed. */
@Document("stock_levels")
record StockLevel(@Id String sku, String supplierId, long available, Long nextBatchQuantity, String nextBatchEta,
        Instant updatedAt, String updatedBy) {

    enum Band { IN_STOCK, LOW, OUT }

    Band band(long lowThreshold) {
        return available <= 0 ? Band.OUT : available <= lowThreshold ? Band.LOW : Band.IN_STOCK;
    }
}
