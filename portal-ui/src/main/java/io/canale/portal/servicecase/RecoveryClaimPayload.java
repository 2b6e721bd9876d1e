package io.canale.portal.servicecase;

import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.util.List;

/** The API's {@code RecoveryClaimPayload}: the claim after a change (id and status only), or why it was refused. */
@SchemaType
record RecoveryClaimPayload(ServiceCase.Claim recoveryClaim, List<UserError> userErrors) implements Payload {
}
