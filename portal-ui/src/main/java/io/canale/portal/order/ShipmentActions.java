package io.canale.portal.order;

import io.canale.portal.api.SchemaType;
import java.util.List;

/**
 * What the reader may do with a shipment, as the API's access policy decided it ({@code Shipment.viewerCan}):
 * whether it may report at all, and which events it may report now, in the order they happen; whether it may correct
 * the last event, into which; whether it may attach the proof of delivery.
 */
@SchemaType
record ShipmentActions(boolean recordEvent, List<ShipmentEventType> events, boolean correctLastEvent,
        List<ShipmentEventType> correctionEvents, boolean attachProofOfDelivery) {

    ShipmentActions {
        events = events == null ? List.of() : List.copyOf(events);
        correctionEvents = correctionEvents == null ? List.of() : List.copyOf(correctionEvents);
    }
}
