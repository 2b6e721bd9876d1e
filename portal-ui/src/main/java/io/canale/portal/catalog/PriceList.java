package io.canale.portal.catalog;

import io.canale.portal.api.PartnerTier;
import io.canale.portal.api.SchemaType;
import java.time.LocalDate;
import java.util.List;

/**
 * A price list: the API's {@code PriceList}. The list asks for its header; {@code entries} (the prices of the SKUs
 * looked up) only when one list is opened, null otherwise.
 *
 * @param validTo the last valid day; null for open-ended
 */
@SchemaType
record PriceList(String id, String name, PartnerTier tier, String currency, LocalDate validFrom, LocalDate validTo,
        Integer entryCount, List<PriceEntry> entries) {
}
