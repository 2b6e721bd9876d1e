package io.canale.portal.order;

import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.util.List;

/** The answer of {@code saveOrderDraft}: the draft as saved, or why it was refused. */
@SchemaType
record OrderDraftPayload(OrderDraft draft, List<UserError> userErrors) implements Payload {
}
