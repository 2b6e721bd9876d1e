package io.canale.portal.order;

import io.canale.portal.api.CanaleApi;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The shipment operations of the API: the board's list and the carrier's events. */
@Component
class ShipmentsApi {

    /** The API returns at most this many shipments, newest first, and has no paging for them. */
    static final int MAX_SHIPMENTS = 100;

    private static final ParameterizedTypeReference<List<BoardShipment>> LIST = new ParameterizedTypeReference<>() {
    };

    private final CanaleApi api;

    ShipmentsApi(CanaleApi api) {
        this.api = api;
    }

    /**
     * The newest shipments in the given status, or of any status (null). Asking the API for open or delivered ones
     * keeps a long history of deliveries from crowding the work still to do out of the newest 100.
     */
    List<BoardShipment> newest(BoardShipment.Status status) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", MAX_SHIPMENTS);
        variables.put("open", status == null ? null : status != BoardShipment.Status.DELIVERED);
        return api.execute("shipmentBoard", variables, "shipments", LIST);
    }

    /** Records the event now; {@code detail} is the location, recipient or reason the type asks for. */
    ShipmentPayload record(BoardShipment shipment, ShipmentEventType type, String eventId, String detail) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("shipmentId", shipment.id());
        input.put("eventId", eventId);
        input.put("type", type.name());
        switch (type.detail) {
            case LOCATION -> input.put("location", detail);
            case RECIPIENT -> input.put("recipientName", detail);
            case REASON -> input.put("reason", detail);
            case NONE -> {
                // nothing to add
            }
        }
        return api.execute("shipmentEvent", Map.of("input", input), "recordShipmentEvent", ShipmentPayload.class);
    }
}
