package io.canale.portal.order;

import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.util.List;

/** The answer of {@code deleteOrderDraft}. */
@SchemaType
record DeleteOrderDraftPayload(String deletedId, List<UserError> userErrors) implements Payload {
}
