package io.canale.portal.catalog;

import io.canale.portal.api.PartnerTier;

/**
 * A price list as the list shows it. {@code after} is the cursor after which it comes in the API's
 * connection (null for the first): the API has no {@code priceList(id)}, so its entries are looked up
 * at that position.
 */
record PriceList(String id, String name, PartnerTier tier, String currency, String validFrom, String validTo,
        int entryCount, String after) {

    PriceList startingAfter(String cursor) {
        return new PriceList(id, name, tier, currency, validFrom, validTo, entryCount, cursor);
    }
}
