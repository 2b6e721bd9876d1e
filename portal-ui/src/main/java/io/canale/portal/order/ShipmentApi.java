package io.canale.portal.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.SchemaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * The shipment operations of the API: the board's list and the carrier's events, the active carriers and the
 * supplier's hand-over of an order to one of them.
 */
@Component
class ShipmentApi {

    /** The API returns at most this many shipments, newest first, and has no paging for them. */
    static final int MAX_SHIPMENTS = 100;

    /** The event happened now; only the detail its type asks for is sent. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ShipmentEventInput(String shipmentId, String eventId, ShipmentEventType type, String location,
            String recipientName, String reason) {
    }

    /** Without lines: everything confirmed and not handed over yet. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CreateShipmentInput(String orderId, int expectedVersion, String carrierId, int packages, List<HandOverLineInput> lines) {
    }

    /** Units of one order line handed over. */
    @SchemaType
    record HandOverLineInput(int line, int quantity) {
    }

    private static final ParameterizedTypeReference<List<Shipment>> SHIPMENTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<PartnerRef>> CARRIERS = new ParameterizedTypeReference<>() {
    };

    private final CanaleApi api;

    ShipmentApi(CanaleApi api) {
        this.api = api;
    }

    /**
     * The newest shipments in the given status, or of any status (null). Asking the API for open or delivered ones
     * keeps a long history of deliveries from crowding the work still to do out of the newest 100.
     */
    List<Shipment> newest(Shipment.Status status) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", MAX_SHIPMENTS);
        variables.put("open", status == null ? null : status != Shipment.Status.DELIVERED);
        return api.execute("order/shipments", variables, "shipments", SHIPMENTS);
    }

    /** Records the event now; {@code detail} is the location, recipient or reason the type asks for. */
    ShipmentPayload record(Shipment shipment, ShipmentEventType type, String eventId, String detail) {
        ShipmentEventInput input = new ShipmentEventInput(shipment.id(), eventId, type,
                type.detail == ShipmentEventType.Detail.LOCATION ? detail : null,
                type.detail == ShipmentEventType.Detail.RECIPIENT ? detail : null,
                type.detail == ShipmentEventType.Detail.REASON ? detail : null);
        return api.execute("order/recordShipmentEvent", Map.of("input", input), "recordShipmentEvent",
                ShipmentPayload.class);
    }

    /** The active carriers a supplier can hand goods to: a short list, filtered by name in the combo box. */
    List<PartnerRef> carriers() {
        return api.execute("order/carriers", Map.of(), "carriers", CARRIERS);
    }

    /**
     * Hands the given units per line of the order as last seen to the carrier; answers the order as the supplier's screen
     * shows it.
     */
    OrderPayload handOver(Order order, String carrierId, int packages, List<HandOverLineInput> lines) {
        CreateShipmentInput input = new CreateShipmentInput(order.id(), order.version(), carrierId, packages, lines);
        return api.execute("order/createShipment", Map.of("input", input), "createShipment", OrderPayload.class);
    }
}
