package io.canale.portal.servicecase;

import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.util.List;

/** The API's {@code ServiceCasePayload}: the case after a change, or why the change was refused. */
@SchemaType
record ServiceCasePayload(ServiceCase serviceCase, List<UserError> userErrors) implements Payload {
}
