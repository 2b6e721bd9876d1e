package io.canale.portal.catalog;

import io.canale.portal.api.Payload;
import io.canale.portal.api.UserError;
import java.util.List;

/** The answer of every product mutation. */
record ProductPayload(EditableProduct product, List<UserError> userErrors) implements Payload {
}
