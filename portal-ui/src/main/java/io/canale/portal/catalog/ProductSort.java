package io.canale.portal.catalog;

import io.canale.portal.api.SchemaType;

/** The API's sorts of the catalog (name in the reader's language, SKU); a grid header asks for one (see CatalogView, ColumnSorts). */
@SchemaType
enum ProductSort {
    NAME_ASC, NAME_DESC, SKU_ASC, SKU_DESC
}
