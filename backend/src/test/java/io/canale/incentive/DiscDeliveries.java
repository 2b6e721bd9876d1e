package io.canale.incentive;

import io.canale.support.Http;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Rossi Auto's discs from Ferri Componenti, delivered by Veloce through the API: the purchases incentives accrue on. */
final class DiscDeliveries {

    static final String VELOCE = "ptn_veloce_logistica";

    private DiscDeliveries() {
    }

    /** A new order of Rossi to Ferri for discs, confirmed, shipped and delivered by Veloce; answers its id. */
    static String delivered(Http http, UnaryOperator<String> tokenFor, int discs) {
        String dealer = tokenFor.apply("dealer@canale.demo");
        String ferri = tokenFor.apply("supplier@canale.demo");
        String id = http.payload(dealer, "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { orders { id } "
                + "userErrors { field code } } }", Map.of("input", Map.of("lines", List.of(Map.of("sku", "FRN-DSC-002", "quantity", discs)),
                "requestedDate", "2099-01-15", "deliveryAddress", Map.of("recipient", "Rossi Auto", "street", "Via Roma 1",
                        "postalCode", "20100", "city", "Milano", "country", "IT")))).at("/orders/0/id").asString();
        http.payload(ferri, "mutation($id: ID!, $q: Int!) { confirmOrder(input: {id: $id, expectedVersion: 0, lines: [{line: 1, "
                + "confirmedQuantity: $q, promisedDate: \"2099-02-01\"}]}) { order { id } userErrors { code } } }", Map.of("id", id, "q", discs));
        String shipment = http.payload(ferri, "mutation($id: ID!) { createShipment(input: {orderId: $id, expectedVersion: 1, carrierId: \""
                + VELOCE + "\", packages: 1}) { order { shipments { id } } userErrors { code } } }", Map.of("id", id))
                .at("/order/shipments/0/id").asString();
        String carrier = tokenFor.apply("carrier@canale.demo");
        event(http, carrier, shipment, "p-" + id, "PICKED_UP");
        event(http, carrier, shipment, "d-" + id, "DELIVERED");
        return id;
    }

    /** The carrier reports an event of the shipment (a delivery names who received the goods). */
    static void event(Http http, String carrier, String shipment, String eventId, String type) {
        Map<String, Object> input = new HashMap<>(Map.of("shipmentId", shipment, "eventId", eventId, "type", type));
        if (type.equals("DELIVERED")) {
            input.put("recipientName", "Magazzino");
        }
        http.payload(carrier, "mutation($input: ShipmentEventInput!) { recordShipmentEvent(input: $input) { shipment { id } "
                + "userErrors { field code } } }", Map.of("input", input));
    }
}
