package io.canale.portal.catalog;

import io.canale.portal.api.Money;

/** The price of one SKU in a price list. */
record PriceEntry(String sku, Money unitPrice) {
}
