package io.canale.portal.order;

import com.vaadin.flow.component.combobox.ComboBox;
import io.canale.portal.PagedComboBoxes;
import io.canale.portal.api.Connection;
import io.canale.portal.api.Paging;
import io.canale.portal.catalog.CatalogApi;
import io.canale.portal.catalog.Product;
import io.canale.portal.catalog.ProductSearchHint;

/**
 * Picks an orderable product by the API's product search (words of the name or description, or part of the SKU),
 * paging through the catalog as the list scrolls; when nothing matches, the helper text says what to try.
 */
class ProductPicker extends ComboBox<Product> {

    ProductPicker(CatalogApi catalog, Paging paging) {
        setItemLabelGenerator(product -> product.sku() + " · " + product.name());
        PagedComboBoxes.bind(this, paging, (text, first, after) -> {
            Connection<Product> page = catalog.page(first, after, CatalogApi.Filter.orderable(text));
            if (after == null) {
                setHelperText(page.edges().isEmpty() ? ProductSearchHint.forSearch(this, text) : null);
            }
            return page;
        });
    }
}
