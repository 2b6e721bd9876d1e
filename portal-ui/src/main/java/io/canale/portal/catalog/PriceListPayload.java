package io.canale.portal.catalog;

import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.util.List;

/** The API's {@code PriceListPayload}: the answer of {@code createPriceList}. */
@SchemaType
record PriceListPayload(PriceList priceList, List<UserError> userErrors) implements Payload {
}
