package io.canale.portal.catalog;

import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.util.List;

/** The API's {@code ProductPayload}: the answer of every product mutation. */
@SchemaType
record ProductPayload(Product product, List<UserError> userErrors) implements Payload {
}
