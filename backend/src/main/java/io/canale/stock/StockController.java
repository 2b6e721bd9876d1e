package io.canale.stock;

import io.canale.catalog.Product;
import io.canale.security.Caller;
import io.canale.shared.UserError;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code publishStock}, and each product's availability, loaded once per page of products. */
@Controller
class StockController {

    record PublishStockInput(List<StockSignals.Item> items) {
    }

    record PublishStockPayload(int applied, List<UserError> userErrors) {
    }

    record Availability(StockLevel.Band band, Long available, Long nextBatchQuantity, String nextBatchEta, Instant updatedAt) {
    }

    private final StockSignals stock;

    StockController(StockSignals stock) {
        this.stock = stock;
    }

    @MutationMapping
    PublishStockPayload publishStock(@Argument PublishStockInput input, Caller caller) {
        StockSignals.Result result = stock.publish(caller, input.items());
        return new PublishStockPayload(result.applied(), result.errors());
    }

    /** Dealers get the band and the ETA; staff and the product's supplier also the quantities. */
    @BatchMapping(typeName = "Product", field = "availability")
    Map<Product, Availability> availability(List<Product> page, @ContextValue Caller caller) {
        Map<String, StockLevel> levels = stock.levelsOf(page.stream().map(Product::sku).toList());
        Map<Product, Availability> availability = new LinkedHashMap<>();
        for (Product product : page) {
            StockLevel level = levels.get(product.sku());
            if (level == null) {
                availability.put(product, null);
                continue;
            }
            boolean exact = stock.seesExact(caller, product.supplierId());
            availability.put(product, new Availability(level.band(stock.lowThreshold()), exact ? level.available() : null,
                    exact ? level.nextBatchQuantity() : null, level.nextBatchEta(), level.updatedAt()));
        }
        return availability;
    }
}
