package io.canale.portal.catalog;

import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The catalog queries of the API; order entry searches products through it too. */
@Component
public class CatalogApi {

    private static final ParameterizedTypeReference<Connection<Product>> PAGE = new ParameterizedTypeReference<>() {
    };

    private final CanaleApi api;

    CatalogApi(CanaleApi api) {
        this.api = api;
    }

    /** Narrows the catalog; null or blank values do not narrow it. */
    public record Filter(String productLine, String skuPrefix, Boolean active) {

        /** Only products that can still be ordered whose SKU starts with the text. */
        public static Filter orderable(String skuPrefix) {
            return new Filter(null, skuPrefix, true);
        }

        Map<String, Object> toVariable() {
            Map<String, Object> filter = new HashMap<>();
            if (productLine != null && !productLine.isBlank()) {
                filter.put("productLine", productLine.trim());
            }
            if (skuPrefix != null && !skuPrefix.isBlank()) {
                filter.put("skuPrefix", skuPrefix.trim());
            }
            if (active != null) {
                filter.put("active", active);
            }
            return filter;
        }
    }

    /** A page of products by SKU. */
    public Connection<Product> page(int first, String after, Filter filter) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        variables.put("filter", filter.toVariable());
        return api.execute("products", variables, "products", PAGE);
    }

    /** One product, or null when the SKU is unknown. */
    public Product product(String sku) {
        return api.execute("product", Map.of("sku", sku), "product", Product.class);
    }
}
