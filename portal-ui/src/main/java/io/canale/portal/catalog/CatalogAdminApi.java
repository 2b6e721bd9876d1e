package io.canale.portal.catalog;

import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.api.PartnerRef;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The catalog's product mutations, and what their dialogs read first. */
@Component
class CatalogAdminApi {

    private static final ParameterizedTypeReference<Connection<PartnerRef>> SUPPLIERS = new ParameterizedTypeReference<>() {
    };

    private final CanaleApi api;

    CatalogAdminApi(CanaleApi api) {
        this.api = api;
    }

    /** The product as stored now, with its version; null when it is gone. */
    EditableProduct load(String sku) {
        return api.execute("productForEdit", Map.of("sku", sku), "product", EditableProduct.class);
    }

    /** Active suppliers whose name contains the text (staff only: it reads the partner directory). */
    Connection<PartnerRef> suppliers(String nameContains, int first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        variables.put("nameContains", nameContains == null || nameContains.isBlank() ? null : nameContains.trim());
        return api.execute("catalogSuppliers", variables, "partners", SUPPLIERS);
    }

    ProductPayload create(ProductDraft draft) {
        return mutate("createProduct", draft.createInput());
    }

    ProductPayload update(ProductDraft draft) {
        return mutate("updateProduct", draft.updateInput());
    }

    ProductPayload describe(ProductDraft draft) {
        return mutate("updateProductDescription", draft.descriptionInput());
    }

    private ProductPayload mutate(String mutation, Map<String, Object> input) {
        return api.execute(mutation, Map.of("input", input), mutation, ProductPayload.class);
    }
}
