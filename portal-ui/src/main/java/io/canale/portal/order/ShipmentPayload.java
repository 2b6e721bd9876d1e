package io.canale.portal.order;

import io.canale.portal.api.Payload;
import io.canale.portal.api.UserError;
import java.util.List;

/** The answer to a shipment event: the shipment as stored, or why the event was refused. */
record ShipmentPayload(BoardShipment shipment, List<UserError> userErrors) implements Payload {
}
