package io.canale.portal.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.api.Partner;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.SchemaType;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The catalog's calls to the API: products by SKU or searched words (order entry searches them through it too), and the product
 * changes with what their dialogs read first. Documents under {@code graphql-documents/catalog/}.
 */
@Component
public class CatalogApi {

    private final CanaleApi api;

    CatalogApi(CanaleApi api) {
        this.api = api;
    }

    /**
     * The API's {@code ProductFilter}: narrows the catalog; null or blank values do not narrow it. {@code search} is
     * the API's product search: words of the name and description in the reader's language, or part of the SKU.
     */
    @SchemaType("ProductFilter")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Filter(String productLine, String search, Boolean active) {

        public Filter {
            productLine = productLine == null || productLine.isBlank() ? null : productLine.strip();
            search = search == null || search.isBlank() ? null : search.strip();
        }

        /** Only products that can still be ordered that match the searched words. */
        public static Filter orderable(String search) {
            return new Filter(null, search, true);
        }
    }

    /** A page of products by SKU, with what the caller may change of each. */
    public Connection<Product> page(int first, String after, Filter filter) {
        return page(first, after, filter, null);
    }

    /** The same by name or SKU either way when {@code sort} is given. */
    Connection<Product> page(int first, String after, Filter filter, ProductSort sort) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("filter", filter);
        variables.put("sort", sort);
        return api.page("catalog/products", "products", Product.class, first, after, variables);
    }

    /** One product, or null when the SKU is unknown. */
    public Product product(String sku) {
        return api.execute("catalog/product", Map.of("sku", sku), "product", Product.class);
    }

    /** The product as stored now, with both languages' texts and its version; null when it is gone. */
    Product load(String sku) {
        return api.execute("catalog/productForEdit", Map.of("sku", sku), "product", Product.class);
    }

    /** Active suppliers whose name contains the text, to deliver a new product. */
    Connection<PartnerRef> suppliers(String nameContains, int first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("nameContains", nameContains == null || nameContains.isBlank() ? null : nameContains.strip());
        return api.page("catalog/catalogSuppliers", "partners", Partner.class, first, after, variables).map(Partner::ref);
    }

    ProductPayload create(ProductDraft draft) {
        return api.mutate("catalog/createProduct", draft.createInput(), ProductPayload.class);
    }

    ProductPayload update(ProductDraft draft) {
        return api.mutate("catalog/updateProduct", draft.updateInput(), ProductPayload.class);
    }

    ProductPayload describe(ProductDraft draft) {
        return api.mutate("catalog/updateProductDescription", draft.descriptionInput(), ProductPayload.class);
    }
}
