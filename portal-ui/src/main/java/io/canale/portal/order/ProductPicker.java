package io.canale.portal.order;

import com.vaadin.flow.component.combobox.ComboBox;
import io.canale.portal.PagedComboBoxes;
import io.canale.portal.api.Paging;
import io.canale.portal.catalog.CatalogApi;
import io.canale.portal.catalog.Product;

/** Picks an orderable product by the start of its SKU, paging through the catalog as the list scrolls. */
class ProductPicker extends ComboBox<Product> {

    ProductPicker(CatalogApi catalog, Paging paging) {
        setItemLabelGenerator(product -> product.sku() + " · " + product.name());
        PagedComboBoxes.bind(this, paging,
                (text, first, after) -> catalog.page(first, after, CatalogApi.Filter.orderable(text)));
    }
}
