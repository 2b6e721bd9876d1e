package io.canale.portal.order;

import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.util.List;

/** The answer to a shipment event: the shipment as stored, or why the event was refused. */
@SchemaType
record ShipmentPayload(Shipment shipment, List<UserError> userErrors) implements Payload {
}
