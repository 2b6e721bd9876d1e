package io.canale.portal.catalog;

import io.canale.portal.api.Payload;
import io.canale.portal.api.UserError;
import java.util.List;

/** The answer of {@code createPriceList}. */
record PriceListPayload(PriceList priceList, List<UserError> userErrors) implements Payload {
}
