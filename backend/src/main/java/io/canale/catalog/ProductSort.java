package io.canale.catalog;

import java.util.Locale;
import org.springframework.data.domain.Sort;

/**
 * The API's {@code ProductSort}: the catalog by name in the reader's language or by SKU either way, instead of by SKU
 * from A. Names sort by the keys stored on the product per language; the id (the SKU) ends every sort (see
 * {@link io.canale.shared.Pages}), and each sort has its indexes on {@link Product}.
 */
enum ProductSort {
    NAME_ASC, NAME_DESC, SKU_ASC, SKU_DESC;

    /** For a reader of this language: Italian readers by the Italian name, everybody else by the English one, as shown. */
    Sort by(Locale reader) {
        String name = reader != null && "it".equals(reader.getLanguage()) ? "sortNameIt" : "sortNameEn";
        // The SKU is the id property here: it ends each sort, as "id" does elsewhere.
        return switch (this) {
            case NAME_ASC -> Sort.by(Sort.Order.asc(name), Sort.Order.asc("sku"));
            case NAME_DESC -> Sort.by(Sort.Order.desc(name), Sort.Order.asc("sku"));
            case SKU_ASC -> Sort.by("sku");
            case SKU_DESC -> Sort.by(Sort.Order.desc("sortSku"), Sort.Order.asc("sku"));
        };
    }
}
