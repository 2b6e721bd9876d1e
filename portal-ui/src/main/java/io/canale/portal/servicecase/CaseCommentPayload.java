package io.canale.portal.servicecase;

import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.util.List;

/** The API's {@code CaseCommentPayload}: the new comment, or why it was refused. */
@SchemaType
record CaseCommentPayload(ServiceCase.Comment comment, List<UserError> userErrors) implements Payload {
}
