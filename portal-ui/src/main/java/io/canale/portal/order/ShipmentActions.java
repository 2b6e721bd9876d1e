package io.canale.portal.order;

import io.canale.portal.api.SchemaType;
import java.util.List;

/**
 * What the reader may do with a shipment, as the API's access policy decided it ({@code Shipment.viewerCan}):
 * whether it may report at all, and which events it may report now, in the order they happen.
 */
@SchemaType
record ShipmentActions(boolean recordEvent, List<ShipmentEventType> events) {

    ShipmentActions {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
