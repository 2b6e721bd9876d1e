package io.canale.portal.order;

import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import io.canale.portal.api.UserErrorCode;
import java.util.List;

/** The answer of {@code reorderAsDraft}: the new draft (its id and version only), and the lines it could not copy with the reason. */
@SchemaType("ReorderAsDraftPayload")
record ReorderPayload(OrderDraft draft, List<NotReordered> notReordered, List<UserError> userErrors) implements Payload {

    /** A line of the past order left out of the draft. */
    @SchemaType("NotReorderedLine")
    record NotReordered(String sku, String name, int quantity, UserErrorCode code) {
    }
}
