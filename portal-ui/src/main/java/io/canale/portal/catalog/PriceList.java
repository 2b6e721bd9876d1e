package io.canale.portal.catalog;

import io.canale.portal.api.PartnerTier;

/** A price list as the list shows it; its entries are looked up by SKU with {@code priceList(id)}. */
record PriceList(String id, String name, PartnerTier tier, String currency, String validFrom, String validTo,
        int entryCount) {
}
