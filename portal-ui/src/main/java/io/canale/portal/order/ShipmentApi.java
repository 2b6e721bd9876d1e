package io.canale.portal.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.BackendFiles;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.api.UserError;
import java.io.File;
import java.io.OutputStream;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.SchemaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * The shipment operations of the API: the board's pages, the carrier's events, corrections and proof of delivery, the active carriers and the
 * supplier's hand-over of an order to one of them.
 */
@Component
class ShipmentApi {

    /** Shipments the board loads per page (and per "more"). */
    static final int PAGE_SIZE = 20;
    /** The largest photo a proof of delivery may be (the backend's default limit). */
    static final long MAX_PROOF_BYTES = 10L * 1024 * 1024;

    /** The event happened now; only the detail its type asks for is sent. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ShipmentEventInput(String shipmentId, String eventId, ShipmentEventType type, String location,
            String recipientName, String reason) {
    }

    /** The reporter's correction of the last event; only the detail its type asks for is sent. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CorrectShipmentEventInput(String shipmentId, String eventId, String corrects, ShipmentEventType type, String location,
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

    private static final ParameterizedTypeReference<List<PartnerRef>> CARRIERS = new ParameterizedTypeReference<>() {
    };

    private final CanaleApi api;
    private final BackendFiles files;

    ShipmentApi(CanaleApi api, BackendFiles files) {
        this.api = api;
        this.files = files;
    }

    /**
     * A page of the newest shipments in the given status, or of any status (null), after the cursor (null: the first
     * page). Asking the API for open or delivered ones keeps a long history of deliveries from crowding the work still
     * to do out of the first pages.
     */
    Connection<Shipment> page(Shipment.Status status, int first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("open", status == null ? null : status != Shipment.Status.DELIVERED);
        return api.page("order/shipments", "shipments", Shipment.class, first, after, variables);
    }

    /** Corrects the shipment's last event into {@code type}; {@code detail} is the location, recipient or reason it asks for. */
    ShipmentPayload correct(Shipment shipment, ShipmentEventType type, String eventId, String detail) {
        CorrectShipmentEventInput input = new CorrectShipmentEventInput(shipment.id(), eventId, shipment.lastEvent().eventId(), type,
                type.detail == ShipmentEventType.Detail.LOCATION ? detail : null,
                type.detail == ShipmentEventType.Detail.RECIPIENT ? detail : null,
                type.detail == ShipmentEventType.Detail.REASON ? detail : null);
        return api.execute("order/correctShipmentEvent", Map.of("input", input), "correctShipmentEvent", ShipmentPayload.class);
    }

    /** Sends the photo of the delivered goods with the user's token; answers why it was refused, empty when it was kept. */
    List<UserError> attachProof(String shipmentId, File file, String fileName) {
        return files.upload("/shipments/{shipmentId}/proof-of-delivery", file, fileName == null ? "proof-of-delivery" : fileName, shipmentId);
    }

    /** Streams the proof of delivery from its backend {@code downloadPath} to {@code out}, with the user's token. */
    void copyProof(String downloadPath, OutputStream out) {
        files.copy(downloadPath, out);
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
