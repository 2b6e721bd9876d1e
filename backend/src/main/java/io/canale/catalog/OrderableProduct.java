package io.canale.catalog;

import io.canale.shared.Money;

/** What ordering needs to know of a product for one dealer: its supplier, whether it can be ordered, its price. */
public record OrderableProduct(String sku, String name, String supplierId, boolean active, Money price) {
}
