package io.canale.portal.catalog;

import com.vaadin.flow.component.Component;

/** What a product search that found nothing says, in the reader's language: the words searched and what to try. */
public final class ProductSearchHint {

    private ProductSearchHint() {
    }

    /** The hint for the searched text, or null when nothing was searched (an empty list then needs no advice). */
    public static String forSearch(Component component, String search) {
        return search == null || search.isBlank() ? null : component.getTranslation("product.search.noMatch", search.strip());
    }
}
