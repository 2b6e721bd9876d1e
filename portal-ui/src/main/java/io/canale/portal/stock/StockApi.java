package io.canale.portal.stock;

import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Payload;
import io.canale.portal.api.UserError;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The stock operations of the API: one SKU's stock by hand, and the demand board. */
@Component
class StockApi {

    /** The answer to publishing stock: how many items were applied, and why the others were refused. */
    record PublishPayload(int applied, List<UserError> userErrors) implements Payload {
    }

    private final CanaleApi api;

    StockApi(CanaleApi api) {
        this.api = api;
    }

    /** Publishes one SKU; the next batch is optional, its ETA goes with it. */
    PublishPayload publish(String sku, int available, Integer nextBatchQuantity, LocalDate nextBatchEta) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sku", sku);
        item.put("available", available);
        if (nextBatchQuantity != null) {
            item.put("nextBatchQuantity", nextBatchQuantity);
        }
        if (nextBatchEta != null) {
            item.put("nextBatchEta", nextBatchEta.toString());
        }
        return api.execute("stockPublishItem", Map.of("input", Map.of("items", List.of(item))), "publishStock",
                PublishPayload.class);
    }

    DemandBoard demand(int weeks) {
        return api.executeAll("demandBoard", Map.of("weeks", weeks), DemandBoard.class);
    }
}
