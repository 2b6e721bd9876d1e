package io.canale.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Orders over HTTP with the dealer's, both suppliers' and the carrier's real tokens. */
class OrderTests extends IntegrationTestBase {

    static final String FIELDS = "id groupId status version dealer { id } supplier { id name } total { amount currency } "
            + "lines { line sku quantity unitPrice { amount } confirmedQuantity promisedDate reason } endCustomer { name } timeline { event }";
    static final String SUBMIT = "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { orders { " + FIELDS
            + " } userErrors { field code message } } }";
    static final String CONFIRM = "mutation($input: ConfirmOrderInput!) { confirmOrder(input: $input) { order { " + FIELDS
            + " } userErrors { field code message } } }";
    static final String CANCEL = "mutation($id: ID!, $v: Int!) { cancelOrder(input: {id: $id, expectedVersion: $v, reason: \"Non serve più\"}) { "
            + "order { status } userErrors { code } } }";
    static final String ORDER = "query($id: ID!) { order(id: $id) { " + FIELDS + " } }";

    @Test
    void the_demo_data_has_orders_in_every_state_with_the_parties_on_their_timelines() {
        String staff = tokenFor("staff@canale.demo");
        for (String status : List.of("SUBMITTED", "CONFIRMED", "PARTIALLY_CONFIRMED", "REJECTED", "CANCELLED", "SHIPPED", "DELIVERED")) {
            JsonNode page = http.graphql(staff, "query($s: OrderStatus) { orders(first: 100, status: $s) { edges { node { timeline { by } } } } }",
                    Map.of("s", status)).at("/data/orders/edges");
            assertThat(page.size()).as(status).isPositive();
        }
        JsonNode shipped = http.graphql(staff, "{ orders(first: 100, status: SHIPPED) { edges { node { timeline { by event } } } } }")
                .at("/data/orders/edges/0/node/timeline");
        assertThat(shipped.findValuesAsString("by")).contains("dealer2@canale.demo", "supplier@canale.demo", "carrier@canale.demo");
        JsonNode carrier = http.graphql(tokenFor("carrier@canale.demo"), "{ shipments(first: 100) { edges { node { status } } } }").at("/data/shipments");
        assertThat(carrier.toString()).contains("READY", "IN_TRANSIT", "DELIVERED");
        JsonNode open = http.graphql(tokenFor("carrier@canale.demo"), "{ shipments(first: 100, open: true) { edges { node { status } } } }").at("/data/shipments");
        assertThat(open.toString()).contains("READY", "IN_TRANSIT").doesNotContain("DELIVERED");
        JsonNode done = http.graphql(tokenFor("carrier@canale.demo"), "{ shipments(first: 100, open: false) { edges { node { status } } } }").at("/data/shipments");
        assertThat(done.findValuesAsString("status")).isNotEmpty().containsOnly("DELIVERED");
    }

    @Test
    void lines_of_two_suppliers_split_into_two_orders_with_frozen_tier_prices() {
        JsonNode orders = submit(null);
        assertThat(orders.size()).isEqualTo(2);
        assertThat(orders.get(0).path("groupId").asString()).isEqualTo(orders.get(1).path("groupId").asString());
        JsonNode ferri = supplierOrder(orders, "ptn_ferri_componenti");
        assertThat(ferri.at("/lines/0/sku").asString()).isEqualTo("FRN-PAD-001");
        assertThat(ferri.at("/lines/0/unitPrice/amount").asString()).isEqualTo("43.20");
        assertThat(ferri.at("/total/amount").asString()).as("4 × 43.20 + 3 × 11.61").isEqualTo("207.63");
        assertThat(ferri.at("/endCustomer/name").asString()).isEqualTo("Giorgio Neri");
        assertThat(supplierOrder(orders, "ptn_gallo_ricambi").at("/lines/0/sku").asString()).isEqualTo("BAT-12V-070");
    }

    @Test
    void a_replayed_idempotency_key_returns_the_original_orders() {
        String key = "dms-" + UUID.randomUUID();
        JsonNode first = submit(key);
        JsonNode again = submit(key);
        assertThat(ids(again)).containsExactlyInAnyOrderElementsOf(ids(first));
    }

    @Test
    void each_party_sees_its_part_only() {
        JsonNode orders = submit(null);
        String ferriOrder = supplierOrder(orders, "ptn_ferri_componenti").path("id").asString();
        String galloOrder = supplierOrder(orders, "ptn_gallo_ricambi").path("id").asString();

        JsonNode asSupplier = http.graphql(tokenFor("supplier@canale.demo"), ORDER, Map.of("id", ferriOrder)).at("/data/order");
        assertThat(asSupplier.path("id").asString()).isEqualTo(ferriOrder);
        assertThat(asSupplier.path("endCustomer").isNull()).as("no end-customer data for suppliers").isTrue();
        assertThat(http.graphql(tokenFor("supplier@canale.demo"), ORDER, Map.of("id", galloOrder)).at("/data/order").isNull()).isTrue();
        assertThat(http.graphql(tokenFor("supplier2@canale.demo"), ORDER, Map.of("id", galloOrder)).at("/data/order/id").asString())
                .isEqualTo(galloOrder);
        assertThat(http.graphql(tokenFor("dealer2@canale.demo"), ORDER, Map.of("id", ferriOrder)).at("/data/order").isNull()).isTrue();
        assertThat(http.graphql(tokenFor("dealer@canale.demo"), ORDER, Map.of("id", ferriOrder)).at("/data/order/id").asString())
                .isEqualTo(ferriOrder);
        http.expectError("FORBIDDEN", tokenFor("carrier@canale.demo"), ORDER, Map.of("id", ferriOrder));
        assertThat(http.graphql(tokenFor("staff@canale.demo"), ORDER, Map.of("id", ferriOrder)).at("/data/order/endCustomer/name").asString())
                .isEqualTo("Giorgio Neri");
    }

    @Test
    void the_supplier_answers_per_line_and_only_once() {
        JsonNode order = supplierOrder(submit(null), "ptn_ferri_componenti");
        String id = order.path("id").asString();
        Map<String, Object> partly = Map.of("id", id, "expectedVersion", 0, "lines", List.of(
                Map.of("line", 1, "confirmedQuantity", 2, "promisedDate", "2099-02-01", "reason", "Disponibili solo 2"),
                Map.of("line", 2, "confirmedQuantity", 3, "promisedDate", "2099-02-01")));
        JsonNode dealerTries = http.graphql(tokenFor("dealer@canale.demo"), CONFIRM, Map.of("input", partly)).at("/data/confirmOrder");
        assertThat(dealerTries.at("/userErrors/0/code").asString()).isEqualTo("NOT_ALLOWED");

        JsonNode missingReason = http.graphql(tokenFor("supplier@canale.demo"), CONFIRM, Map.of("input", Map.of("id", id,
                "expectedVersion", 0, "lines", List.of(Map.of("line", 1, "confirmedQuantity", 1, "promisedDate", "2099-02-01")))))
                .at("/data/confirmOrder/userErrors");
        assertThat(missingReason.toString()).contains("[\"input\",\"lines\",\"0\",\"reason\"]", "answer line 2 too");

        JsonNode answered = http.graphql(tokenFor("supplier@canale.demo"), CONFIRM, Map.of("input", partly)).at("/data/confirmOrder/order");
        assertThat(answered.path("status").asString()).isEqualTo("PARTIALLY_CONFIRMED");
        assertThat(answered.at("/lines/0/confirmedQuantity").asInt()).isEqualTo(2);
        assertThat(answered.at("/lines/0/reason").asString()).isEqualTo("Disponibili solo 2");
        JsonNode twice = http.graphql(tokenFor("supplier@canale.demo"), CONFIRM, Map.of("input", new HashMap<>(partly) {{
            put("expectedVersion", 1);
        }})).at("/data/confirmOrder");
        assertThat(twice.at("/userErrors/0/code").asString()).isEqualTo("ILLEGAL_STATE");
        assertThat(http.graphql(tokenFor("dealer@canale.demo"), CANCEL, Map.of("id", id, "v", 1)).at("/data/cancelOrder/userErrors/0/code")
                .asString()).as("too late to cancel").isEqualTo("ILLEGAL_STATE");
    }

    @Test
    void the_dealer_cancels_an_unanswered_order_and_the_supplier_cannot() {
        JsonNode order = supplierOrder(submit(null), "ptn_gallo_ricambi");
        String id = order.path("id").asString();
        assertThat(http.graphql(tokenFor("supplier2@canale.demo"), CANCEL, Map.of("id", id, "v", 0))
                .at("/data/cancelOrder/userErrors/0/code").asString()).isEqualTo("NOT_ALLOWED");
        assertThat(http.graphql(tokenFor("dealer@canale.demo"), CANCEL, Map.of("id", id, "v", 0))
                .at("/data/cancelOrder/order/status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void bad_lines_are_refused_each_with_its_path_and_nothing_is_written() {
        String key = "bad-" + UUID.randomUUID();
        String newestBefore = newestOrderId();
        JsonNode refused = http.graphql(tokenFor("dealer@canale.demo"), SUBMIT, Map.of("input", Map.of(
                "lines", List.of(Map.of("sku", "NOPE-000", "quantity", 1), Map.of("sku", "FLT-OIL-010", "quantity", 0),
                        Map.of("sku", "flt-oil-010", "quantity", 2)),
                "requestedDate", "2020-01-01", "idempotencyKey", key,
                "deliveryAddress", Map.of("recipient", "", "street", "Via Roma 1", "postalCode", "20100", "city", "Milano", "country", "IT"))))
                .at("/data/submitOrder");
        assertThat(refused.path("orders").size()).isZero();
        assertThat(refused.path("userErrors").toString()).contains("[\"input\",\"lines\",\"0\",\"sku\"]", "NOT_FOUND",
                "[\"input\",\"lines\",\"1\",\"quantity\"]", "[\"input\",\"lines\",\"2\",\"sku\"]", "DUPLICATE",
                "[\"input\",\"requestedDate\"]", "[\"input\",\"deliveryAddress\",\"recipient\"]");
        assertThat(newestOrderId()).as("nothing written").isEqualTo(newestBefore);
        JsonNode valid = submit(key);
        assertThat(newestOrderId()).as("the key was not taken: a valid submission with it is stored").isIn(ids(valid));
        http.expectError("FORBIDDEN", tokenFor("supplier@canale.demo"), SUBMIT, Map.of("input", Map.of("lines", List.of(),
                "requestedDate", "2099-01-01", "deliveryAddress", Map.of("recipient", "x", "street", "x", "postalCode", "1",
                        "city", "x", "country", "IT"))));
    }

    @Test
    void a_product_missing_from_the_tiers_price_list_cannot_be_ordered() {
        String sku = "NOPRICE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        http.payload(tokenFor("staff@canale.demo"), "mutation($s: String!) { createProduct(input: {sku: $s, names: {en: \"Unpriced\"}, "
                + "productLine: \"Ricambi\", unit: PIECE, supplierId: \"ptn_ferri_componenti\"}) { product { sku } userErrors { code } } }", Map.of("s", sku));
        JsonNode refused = http.graphql(tokenFor("dealer@canale.demo"), SUBMIT, Map.of("input", Map.of("lines",
                List.of(Map.of("sku", sku, "quantity", 1)), "requestedDate", "2099-01-01", "deliveryAddress", Map.of(
                        "recipient", "Rossi Auto", "street", "Via Roma 1", "postalCode", "20100", "city", "Milano", "country", "IT"))))
                .at("/data/submitOrder/userErrors/0");
        assertThat(refused.path("code").asString()).isEqualTo("NOT_ALLOWED");
        assertThat(refused.path("message").asString()).contains("price list");
    }

    @Test
    void a_confirmed_order_ships_and_the_carriers_events_arrive_in_order_once() {
        JsonNode order = supplierOrder(submit(null), "ptn_ferri_componenti");
        String id = order.path("id").asString();
        http.payload(tokenFor("supplier@canale.demo"), CONFIRM, Map.of("input", Map.of("id", id, "expectedVersion", 0, "lines", List.of(
                Map.of("line", 1, "confirmedQuantity", 4, "promisedDate", "2099-02-01"),
                Map.of("line", 2, "confirmedQuantity", 3, "promisedDate", "2099-02-01")))));
        String ship = "mutation($o: ID!, $v: Int!, $c: ID!) { createShipment(input: {orderId: $o, expectedVersion: $v, carrierId: $c, packages: 2}) { "
                + "order { status shipments { id status } } userErrors { field code } } }";
        assertThat(http.graphql(tokenFor("supplier2@canale.demo"), ship, Map.of("o", id, "v", 1, "c", "ptn_veloce_logistica"))
                .at("/data/createShipment/userErrors/0/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(http.graphql(tokenFor("supplier@canale.demo"), ship, Map.of("o", id, "v", 1, "c", "ptn_rossi_auto"))
                .at("/data/createShipment/userErrors/0/field").toString()).isEqualTo("[\"input\",\"carrierId\"]");
        String shipmentId = http.graphql(tokenFor("supplier@canale.demo"), ship, Map.of("o", id, "v", 1, "c", "ptn_veloce_logistica"))
                .at("/data/createShipment/order/shipments/0/id").asString();

        JsonNode board = http.graphql(tokenFor("carrier@canale.demo"), "{ shipments(first: 100) { edges { node { id orderId packages status deliveryAddress { city } carrier { name } } } } }")
                .at("/data/shipments");
        assertThat(board.toString()).contains(shipmentId, "Milano", "Veloce Logistica");

        String event = "mutation($input: ShipmentEventInput!) { recordShipmentEvent(input: $input) { shipment { status events { eventId type } } "
                + "userErrors { field code } } }";
        assertThat(http.graphql(tokenFor("carrier-system"), event, Map.of("input", Map.of("shipmentId", shipmentId, "eventId", "e0",
                "type", "IN_TRANSIT", "location", "Bologna"))).at("/data/recordShipmentEvent/userErrors/0/code").asString())
                .as("out of order").isEqualTo("ILLEGAL_STATE");
        http.payload(tokenFor("carrier-system"), event, Map.of("input", Map.of("shipmentId", shipmentId, "eventId", "e1", "type", "PICKED_UP")));
        JsonNode repeated = http.graphql(tokenFor("carrier-system"), event, Map.of("input", Map.of("shipmentId", shipmentId,
                "eventId", "e1", "type", "PICKED_UP"))).at("/data/recordShipmentEvent/shipment");
        assertThat(repeated.path("events").size()).as("a repeated event is recorded once").isEqualTo(1);
        assertThat(http.graphql(tokenFor("dealer@canale.demo"), ORDER, Map.of("id", id)).at("/data/order/status").asString()).isEqualTo("SHIPPED");
        assertThat(http.graphql(tokenFor("carrier-system"), event, Map.of("input", Map.of("shipmentId", shipmentId, "eventId", "e2",
                "type", "DELIVERED"))).at("/data/recordShipmentEvent/userErrors/0/field").toString()).isEqualTo("[\"input\",\"recipientName\"]");
        JsonNode delivered = http.graphql(tokenFor("carrier@canale.demo"), event, Map.of("input", Map.of("shipmentId", shipmentId,
                "eventId", "e3", "type", "DELIVERED", "recipientName", "M. Rossi"))).at("/data/recordShipmentEvent/shipment");
        assertThat(delivered.path("status").asString()).isEqualTo("DELIVERED");
        assertThat(http.graphql(tokenFor("dealer@canale.demo"), ORDER, Map.of("id", id)).at("/data/order/status").asString()).isEqualTo("DELIVERED");
        String otherCarrier = otherCarrierToken();
        assertThat(http.graphql(otherCarrier, "{ shipments(first: 100) { edges { node { id } } } }").toString()).doesNotContain(shipmentId);
        assertThat(http.graphql(otherCarrier, event, Map.of("input", Map.of("shipmentId", shipmentId, "eventId", "y",
                "type", "EXCEPTION", "reason", "x"))).at("/data/recordShipmentEvent/userErrors/0/code").asString())
                .as("another carrier").isEqualTo("NOT_FOUND");
        assertThat(http.graphql(tokenFor("dealer-system"), event, Map.of("input", Map.of("shipmentId", shipmentId, "eventId", "x",
                "type", "EXCEPTION", "reason", "x"))).at("/data/recordShipmentEvent/userErrors/0/code").asString()).as("only the shipment's carrier").isEqualTo("NOT_FOUND");
    }

    /** A second carrier with its own partner-system client, created by staff. */
    private String otherCarrierToken() {
        String partner = http.payload(tokenFor("staff@canale.demo"), "mutation($n: String!) { createPartner(input: {type: CARRIER, name: $n}) { "
                + "partner { id } userErrors { code } } }", Map.of("n", "Rapido Trasporti " + UUID.randomUUID())).at("/partner/id").asString();
        JsonNode client = http.payload(tokenFor("staff@canale.demo"), "mutation($p: ID!) { createApiClient(input: {partnerId: $p, name: \"TMS\", "
                + "scopes: [\"orders:read\", \"orders:write\"]}) { apiClient { clientId } clientSecret userErrors { code } } }", Map.of("p", partner));
        return http.clientToken(client.at("/apiClient/clientId").asString(), client.path("clientSecret").asString(), null)
                .path("access_token").asString();
    }

    /** Submits three lines of two suppliers for Rossi Auto and returns the orders. */
    private JsonNode submit(String key) {
        Map<String, Object> input = new HashMap<>(Map.of(
                "lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", 4), Map.of("sku", "BAT-12V-070", "quantity", 1),
                        Map.of("sku", "FLT-OIL-010", "quantity", 3)),
                "requestedDate", "2099-01-15",
                "deliveryAddress", Map.of("recipient", "Rossi Auto", "street", "Via Roma 1", "postalCode", "20100",
                        "city", "Milano", "country", "IT"),
                "endCustomer", Map.of("name", "Giorgio Neri", "email", "giorgio.neri@example.com")));
        if (key != null) {
            input.put("idempotencyKey", key);
        }
        return http.payload(tokenFor("dealer@canale.demo"), SUBMIT, Map.of("input", input)).path("orders");
    }

    private String newestOrderId() {
        return http.graphql(tokenFor("staff@canale.demo"), "{ orders(first: 1) { edges { node { id } } } }")
                .at("/data/orders/edges/0/node/id").asString();
    }

    private static JsonNode supplierOrder(JsonNode orders, String supplierId) {
        for (JsonNode order : orders) {
            if (order.at("/supplier/id").asString().equals(supplierId)) {
                return order;
            }
        }
        throw new AssertionError("no order for " + supplierId + " in " + orders);
    }

    private static List<String> ids(JsonNode orders) {
        List<String> ids = new java.util.ArrayList<>();
        orders.forEach(order -> ids.add(order.path("id").asString()));
        return ids;
    }
}
