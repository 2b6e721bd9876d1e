package io.canale.portal.catalog;

import io.canale.portal.api.Money;
import io.canale.portal.api.SchemaType;

/** The price of one SKU in a price list: the API's {@code PriceEntry}. */
@SchemaType
record PriceEntry(String sku, Money unitPrice) {
}
