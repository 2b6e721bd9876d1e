package io.canale.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.security.Caller;
import io.canale.security.PartnerRole;
import io.canale.security.Scopes;
import io.canale.shared.PartnerType;
import io.canale.support.IntegrationTestBase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * A return (RMA) end to end over HTTP with the four parties' real tokens: staff authorise, the dealer sends the goods
 * back through the carrier, the carrier reports pick-up and delivery on its shipment, the supplier inspects; a
 * replacement becomes an order, a refund an event. Other partners find nothing; refused steps change nothing.
 */
@RecordApplicationEvents
class CaseReturnTests extends IntegrationTestBase {

    static final String FERRI = "ptn_ferri_componenti";
    static final String VELOCE = "ptn_veloce_logistica";
    static final String CASE = "id version status parties { partner { id } role } endCustomer { name } "
            + "returnAuthorization { number lines { orderId line sku quantity } shipments { orderId shipmentId status carrier { id name } } "
            + "inspections { orderId line receivedQuantity condition outcome reason replacementOrderId } } timeline { event } "
            + "viewerCan { authorizeReturn shipReturn carryReturn inspectReturn }";
    static final String READ = "query($id: ID!) { serviceCase(id: $id) { " + CASE + " } }";
    static final String OPEN = "mutation($input: OpenServiceCaseInput!) { openServiceCase(input: $input) { serviceCase { " + CASE
            + " } userErrors { field code message } } }";
    static final String AUTHORIZE = "mutation($id: ID!, $v: Int!, $lines: [ReturnLineInput!]!) { authorizeReturn(input: {id: $id, "
            + "expectedVersion: $v, lines: $lines}) { serviceCase { " + CASE + " } userErrors { field code message } } }";
    static final String SHIP_BACK = "mutation($id: ID!, $v: Int!, $order: ID!, $carrier: ID!) { createReturnShipment(input: {id: $id, "
            + "expectedVersion: $v, orderId: $order, carrierId: $carrier, packages: 1}) { serviceCase { " + CASE
            + " } userErrors { field code message } } }";
    static final String INSPECT = "mutation($id: ID!, $v: Int!, $lines: [ReturnInspectionInput!]!) { inspectReturn(input: {id: $id, "
            + "expectedVersion: $v, lines: $lines}) { serviceCase { " + CASE + " } userErrors { field code message } } }";
    static final String EVENT = "mutation($input: ShipmentEventInput!) { recordShipmentEvent(input: $input) { "
            + "shipment { id status direction rmaNumber viewerCan { recordEvent } } userErrors { field code message } } }";
    static final String ORDER = "query($id: ID!) { order(id: $id) { id status version total { amount } lines { line sku quantity } "
            + "replacementFor { orderId rmaNumber } shipments { id direction status } timeline { event } } }";

    @Test
    void a_return_goes_from_authorisation_through_the_carrier_to_inspection_a_replacement_order_and_a_refund() {
        String dealer = tokenFor("dealer@canale.demo");
        String staff = tokenFor("staff@canale.demo");
        String ferri = tokenFor("supplier@canale.demo");
        String veloce = tokenFor("carrier@canale.demo");
        Delivered order = deliveredInPart(dealer, ferri, veloce);
        JsonNode opened = openReturnCase(dealer, order.id());
        String id = opened.path("id").asString();
        assertThat(opened.at("/viewerCan/authorizeReturn").asBoolean()).isFalse();
        assertThat(read(staff, id).at("/viewerCan/authorizeReturn").asBoolean()).isTrue();

        JsonNode authorised = http.payload(staff, AUTHORIZE, Map.of("id", id, "v", 0, "lines", List.of(
                Map.of("orderId", order.id(), "line", 1, "quantity", 2), Map.of("orderId", order.id(), "line", 2, "quantity", 1))))
                .path("serviceCase");
        String rma = authorised.at("/returnAuthorization/number").asString();
        assertThat(rma).matches("RMA-\\d{4}-\\d{6}");
        assertThat(authorised.at("/returnAuthorization/lines").findValuesAsString("sku")).containsExactly("FRN-PAD-001", "FRN-DSC-002");
        assertThat(authorised.at("/viewerCan/authorizeReturn").asBoolean()).as("once").isFalse();
        assertThat(read(dealer, id).at("/viewerCan/shipReturn").asBoolean()).isTrue();
        assertThat(read(ferri, id).at("/viewerCan").toString())
                .isEqualTo("{\"authorizeReturn\":false,\"shipReturn\":false,\"carryReturn\":false,\"inspectReturn\":true}");

        JsonNode shipped = http.payload(dealer, SHIP_BACK, Map.of("id", id, "v", authorised.path("version").asInt(), "order", order.id(),
                "carrier", VELOCE)).path("serviceCase");
        String returnShipment = shipped.at("/returnAuthorization/shipments/0/shipmentId").asString();
        assertThat(shipped.at("/returnAuthorization/shipments/0/carrier/name").asString()).isEqualTo("Veloce Logistica");
        assertThat(shipped.path("parties").toString()).as("the carrier joins").contains(VELOCE, "CARRIER");
        assertThat(shipped.at("/returnAuthorization/shipments/0/status").asString()).as("waiting for the carrier").isEqualTo("READY");

        JsonNode seenByCarrier = read(veloce, id);
        assertThat(seenByCarrier.at("/viewerCan").toString())
                .isEqualTo("{\"authorizeReturn\":false,\"shipReturn\":false,\"carryReturn\":true,\"inspectReturn\":false}");
        assertThat(seenByCarrier.path("endCustomer").isNull()).isTrue();
        assertThat(seenByCarrier.at("/returnAuthorization/shipments/0/status").asString()).as("its own shipment").isEqualTo("READY");

        assertThat(http.userErrors(ferri, INSPECT, Map.of("id", id, "v", shipped.path("version").asInt(), "lines",
                List.of(inspection(order.id(), 1, 2, "REPLACE")))).at("/0/code").asString())
                .as("nothing arrived yet").isEqualTo("ILLEGAL_STATE");

        JsonNode pickedUp = http.payload(veloce, EVENT, event(returnShipment, "r1", "PICKED_UP")).path("shipment");
        assertThat(pickedUp.path("direction").asString()).isEqualTo("RETURN");
        assertThat(order(dealer, order.id()).path("status").asString()).as("a return's pick-up leaves the order as it was")
                .isEqualTo("SHIPPED");
        http.payload(veloce, EVENT, event(order.secondShipment(), "d2", "PICKED_UP"));
        http.payload(veloce, EVENT, delivery(order.secondShipment(), "d3"));
        assertThat(order(dealer, order.id()).path("status").asString())
                .as("every delivery shipment arrived: delivered, though goods travel back").isEqualTo("DELIVERED");
        JsonNode board = http.graphql(veloce, "{ shipments(first: 100, open: true) { edges { node { id direction rmaNumber viewerCan { recordEvent } } } } }")
                .at("/data/shipments");
        assertThat(board.toString()).as("the return of a delivered order stays on the carrier's open list")
                .contains(returnShipment, "RETURN", rma);
        http.payload(veloce, EVENT, delivery(returnShipment, "r2"));
        JsonNode after = order(dealer, order.id());
        assertThat(after.path("status").asString()).isEqualTo("DELIVERED");
        assertThat(after.path("timeline").findValuesAsString("event")).containsOnlyOnce("ORDER_DELIVERED")
                .contains("RETURN_SHIPMENT_CREATED", "RETURN_SHIPMENT_PICKED_UP", "RETURN_SHIPMENT_DELIVERED");

        assertThat(read(ferri, id).at("/returnAuthorization/shipments/0/status").asString()).as("the supplier follows the goods")
                .isEqualTo("DELIVERED");
        int version = read(ferri, id).path("version").asInt();
        JsonNode refused = http.userErrors(ferri, INSPECT, Map.of("id", id, "v", version, "lines", List.of(
                Map.of("orderId", order.id(), "line", 1, "receivedQuantity", 3, "condition", "DEFECTIVE", "outcome", "REPLACE"),
                Map.of("orderId", order.id(), "line", 2, "receivedQuantity", 1, "condition", "USED", "outcome", "REJECT"))));
        assertThat(refused.findValuesAsString("code")).containsExactly("INVALID", "REQUIRED");
        assertThat(refused.get(1).path("field").toString()).isEqualTo("[\"input\",\"lines\",\"1\",\"reason\"]");
        assertThat(read(staff, id).path("version").asInt()).as("refused: no change").isEqualTo(version);

        JsonNode inspected = http.payload(ferri, INSPECT, Map.of("id", id, "v", version, "lines", List.of(
                inspection(order.id(), 1, 2, "REPLACE"), inspection(order.id(), 2, 1, "REFUND")))).path("serviceCase");
        assertThat(inspected.at("/returnAuthorization/inspections").findValuesAsString("outcome")).containsExactly("REPLACE", "REFUND");
        assertThat(inspected.at("/viewerCan/inspectReturn").asBoolean()).isFalse();
        assertThat(inspected.path("timeline").findValuesAsString("event")).containsSubsequence("CASE_RETURN_AUTHORIZED",
                "CASE_RETURN_SHIPPED", "CASE_RETURN_REPLACE", "CASE_RETURN_REFUND", "CASE_RETURN_INSPECTED");
        String replacement = inspected.at("/returnAuthorization/inspections/0/replacementOrderId").asString();
        JsonNode replacing = order(dealer, replacement);
        assertThat(replacing.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(new BigDecimal(replacing.at("/total/amount").asString())).isZero();
        assertThat(replacing.path("lines").toString()).isEqualTo("[{\"line\":1,\"sku\":\"FRN-PAD-001\",\"quantity\":2}]");
        assertThat(replacing.path("replacementFor").toString())
                .isEqualTo("{\"orderId\":\"" + order.id() + "\",\"rmaNumber\":\"" + rma + "\"}");
        assertThat(inspected.at("/returnAuthorization/inspections/1/replacementOrderId").isNull()).isTrue();
        assertThat(order(dealer, order.id()).path("status").asString()).as("the original order stays delivered").isEqualTo("DELIVERED");
    }

    @Test
    void other_partners_find_nothing_and_the_wrong_party_or_moment_is_refused_without_a_change() {
        String dealer = tokenFor("dealer@canale.demo");
        String staff = tokenFor("staff@canale.demo");
        String ferri = tokenFor("supplier@canale.demo");
        String veloce = tokenFor("carrier@canale.demo");
        Delivered order = deliveredInPart(dealer, ferri, veloce);
        String id = openReturnCase(dealer, order.id()).path("id").asString();
        Map<String, Object> lines = Map.of("id", id, "v", 0, "lines", List.of(Map.of("orderId", order.id(), "line", 1, "quantity", 1)));

        assertThat(http.userErrors(dealer, AUTHORIZE, lines).at("/0/code").asString()).isEqualTo("NOT_ALLOWED");
        assertThat(http.userErrors(ferri, AUTHORIZE, lines).at("/0/code").asString()).isEqualTo("NOT_ALLOWED");
        assertThat(http.userErrors(staff, AUTHORIZE, Map.of("id", id, "v", 0, "lines", List.of(
                Map.of("orderId", order.id(), "line", 1, "quantity", 5)))).at("/0/field").toString())
                .as("more than ordered").isEqualTo("[\"input\",\"lines\",\"0\",\"quantity\"]");
        assertThat(http.userErrors(staff, AUTHORIZE, Map.of("id", id, "v", 0, "lines", List.of(
                Map.of("orderId", order.id(), "line", 9, "quantity", 1)))).at("/0/code").asString()).as("not linked").isEqualTo("NOT_FOUND");
        assertThat(http.userErrors(staff, AUTHORIZE, Map.of("id", id, "v", 0, "lines", java.util.Collections.nCopies(3,
                Map.of("orderId", order.id(), "line", 1, "quantity", 1)))).at("/0/code").asString()).as("more lines than linked")
                .isEqualTo("TOO_MANY");
        assertThat(http.userErrors(dealer, SHIP_BACK, Map.of("id", id, "v", 0, "order", order.id(), "carrier", VELOCE)).at("/0/code")
                .asString()).as("not authorised yet").isEqualTo("ILLEGAL_STATE");
        JsonNode untouched = read(staff, id);
        assertThat(untouched.path("version").asInt()).isZero();
        assertThat(untouched.path("returnAuthorization").isNull()).isTrue();

        JsonNode authorised = http.payload(staff, AUTHORIZE, lines).path("serviceCase");
        int version = authorised.path("version").asInt();
        assertThat(http.userErrors(staff, AUTHORIZE, Map.of("id", id, "v", version, "lines", List.of(
                Map.of("orderId", order.id(), "line", 2, "quantity", 1)))).at("/0/code").asString()).isEqualTo("ILLEGAL_STATE");
        assertThat(http.userErrors(ferri, SHIP_BACK, Map.of("id", id, "v", version, "order", order.id(), "carrier", VELOCE))
                .at("/0/code").asString()).isEqualTo("NOT_ALLOWED");
        assertThat(http.userErrors(dealer, SHIP_BACK, Map.of("id", id, "v", version, "order", order.id(), "carrier", "ptn_nobody"))
                .at("/0/field").toString()).isEqualTo("[\"input\",\"carrierId\"]");
        assertThat(http.userErrors(staff, INSPECT, Map.of("id", id, "v", version, "lines", List.of(inspection(order.id(), 1, 1, "REFUND"))))
                .at("/0/code").asString()).as("the supplier inspects").isEqualTo("NOT_ALLOWED");

        String otherCarrier = otherCarrierToken(staff);
        for (String outsider : List.of(tokenFor("dealer2@canale.demo"), tokenFor("supplier2@canale.demo"), otherCarrier)) {
            assertThat(http.graphql(outsider, READ, Map.of("id", id)).at("/data/serviceCase").isNull()).isTrue();
            assertThat(http.userErrors(outsider, AUTHORIZE, lines).at("/0/code").asString()).isEqualTo("NOT_FOUND");
            assertThat(http.userErrors(outsider, SHIP_BACK, Map.of("id", id, "v", version, "order", order.id(), "carrier", VELOCE))
                    .at("/0/code").asString()).isEqualTo("NOT_FOUND");
            assertThat(http.userErrors(outsider, INSPECT, Map.of("id", id, "v", version, "lines",
                    List.of(inspection(order.id(), 1, 1, "REFUND")))).at("/0/code").asString()).isEqualTo("NOT_FOUND");
        }
        assertThat(read(staff, id).path("version").asInt()).isEqualTo(version);

        String returnShipment = http.payload(dealer, SHIP_BACK, Map.of("id", id, "v", version, "order", order.id(), "carrier", VELOCE))
                .at("/serviceCase/returnAuthorization/shipments/0/shipmentId").asString();
        for (String notTheCarrier : List.of(otherCarrier, dealer, ferri, staff)) {
            assertThat(http.userErrors(notTheCarrier, EVENT, event(returnShipment, "x1", "PICKED_UP")).at("/0/code").asString())
                    .isEqualTo("NOT_FOUND");
        }
        assertThat(http.userErrors(veloce, EVENT, delivery(returnShipment, "x2")).at("/0/code").asString())
                .as("picked up first").isEqualTo("ILLEGAL_STATE");
        assertThat(http.graphql(otherCarrier, "{ shipments(first: 100) { edges { node { id } } } }").at("/data/shipments").findValuesAsString("id"))
                .doesNotContain(returnShipment);
    }

    @Autowired
    CaseReturns returns;

    @Autowired
    ApplicationEvents events;

    /** Ferri's person as the token carries it, for calling the service in the test's thread (events are heard there). */
    static final Caller FERRI_PERSON = new Caller("supplier@canale.demo", Caller.Kind.USER, FERRI, PartnerType.SUPPLIER,
            java.util.Set.of(PartnerRole.ADMIN), Scopes.forUser(PartnerType.SUPPLIER, PartnerRole.ADMIN));

    @Test
    void a_refund_is_announced_with_the_returned_lines_once_the_inspection_is_stored_and_a_refused_one_announces_nothing() {
        String dealer = tokenFor("dealer@canale.demo");
        String staff = tokenFor("staff@canale.demo");
        String ferri = tokenFor("supplier@canale.demo");
        String veloce = tokenFor("carrier@canale.demo");
        Delivered order = deliveredInPart(dealer, ferri, veloce);
        String id = openReturnCase(dealer, order.id()).path("id").asString();
        JsonNode authorised = http.payload(staff, AUTHORIZE, Map.of("id", id, "v", 0, "lines", List.of(
                Map.of("orderId", order.id(), "line", 2, "quantity", 2)))).path("serviceCase");
        String rma = authorised.at("/returnAuthorization/number").asString();
        String back = http.payload(dealer, SHIP_BACK, Map.of("id", id, "v", authorised.path("version").asInt(), "order", order.id(),
                "carrier", VELOCE)).at("/serviceCase/returnAuthorization/shipments/0/shipmentId").asString();
        http.payload(veloce, EVENT, event(back, "q1", "PICKED_UP"));
        http.payload(veloce, EVENT, delivery(back, "q2"));
        int version = read(ferri, id).path("version").asInt();
        events.clear();

        ReturnAuthorization.Inspected tooMany = new ReturnAuthorization.Inspected(order.id(), 2, 3, ReturnAuthorization.Condition.AS_NEW,
                ReturnAuthorization.Outcome.REFUND, null);
        assertThat(io.canale.shared.Payloads.<ServiceCase, String>run(() -> returns.inspect(FERRI_PERSON, id, version, List.of(tooMany)),
                done -> "done", errors -> errors.getFirst().code().name())).isEqualTo("INVALID");
        assertThat(events.stream(ServiceCaseEvents.ReturnRefunded.class)).isEmpty();

        returns.inspect(FERRI_PERSON, id, version, List.of(new ReturnAuthorization.Inspected(order.id(), 2, 1,
                ReturnAuthorization.Condition.AS_NEW, ReturnAuthorization.Outcome.REFUND, null)));
        assertThat(events.stream(ServiceCaseEvents.ReturnRefunded.class)).containsExactly(new ServiceCaseEvents.ReturnRefunded(id, rma,
                "ptn_rossi_auto", FERRI, List.of(new ServiceCaseEvents.RefundedLine(order.id(), 2, "FRN-DSC-002", 1))));
    }

    record Delivered(String id, String secondShipment) {
    }

    /**
     * A new order of Rossi to Ferri (4 brake pads, 2 discs), confirmed and handed to Veloce in two shipments, of which
     * the first was delivered: goods arrived, the order is still SHIPPED.
     */
    private Delivered deliveredInPart(String dealer, String ferri, String veloce) {
        JsonNode submitted = http.payload(dealer, "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { orders { id version } "
                + "userErrors { field code } } }", Map.of("input", Map.of("lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", 4),
                Map.of("sku", "FRN-DSC-002", "quantity", 2)), "requestedDate", "2099-01-15", "deliveryAddress", Map.of("recipient",
                "Rossi Auto", "street", "Via Roma 1", "postalCode", "20100", "city", "Milano", "country", "IT")))).at("/orders/0");
        String id = submitted.path("id").asString();
        http.payload(ferri, "mutation($id: ID!) { confirmOrder(input: {id: $id, expectedVersion: 0, lines: [{line: 1, confirmedQuantity: 4, "
                + "promisedDate: \"2099-02-01\"}, {line: 2, confirmedQuantity: 2, promisedDate: \"2099-02-01\"}]}) { order { id } "
                + "userErrors { code } } }", Map.of("id", id));
        // Two hand-overs: all pads and one disc, then the other disc.
        String ship = "mutation($id: ID!, $v: Int!, $lines: [HandOverLineInput!]) { createShipment(input: {orderId: $id, expectedVersion: $v, "
                + "carrierId: \"" + VELOCE + "\", packages: 1, lines: $lines}) { order { version shipments { id } } userErrors { code } } }";
        http.payload(ferri, ship, Map.of("id", id, "v", 1, "lines", List.of(Map.of("line", 1, "quantity", 4), Map.of("line", 2, "quantity", 1))));
        JsonNode twice = http.payload(ferri, ship, Map.of("id", id, "v", 2, "lines", List.of(Map.of("line", 2, "quantity", 1)))).path("order");
        String first = twice.at("/shipments/0/id").asString();
        http.payload(veloce, EVENT, event(first, "p1", "PICKED_UP"));
        http.payload(veloce, EVENT, delivery(first, "p2"));
        assertThat(order(dealer, id).path("status").asString()).isEqualTo("SHIPPED");
        return new Delivered(id, twice.at("/shipments/1/id").asString());
    }

    private JsonNode openReturnCase(String dealer, String orderId) {
        return http.payload(dealer, OPEN, Map.of("input", Map.of("type", "RETURN", "subject", "Wrong pads and a spare disc",
                "orderLines", List.of(Map.of("orderId", orderId, "line", 1), Map.of("orderId", orderId, "line", 2)),
                "endCustomer", Map.of("name", "Laura Neri")))).path("serviceCase");
    }

    private JsonNode read(String token, String id) {
        return http.graphql(token, READ, Map.of("id", id)).at("/data/serviceCase");
    }

    private JsonNode order(String token, String id) {
        return http.graphql(token, ORDER, Map.of("id", id)).at("/data/order");
    }

    private static Map<String, Object> inspection(String orderId, int line, int received, String outcome) {
        return Map.of("orderId", orderId, "line", line, "receivedQuantity", received, "condition", "DEFECTIVE", "outcome", outcome);
    }

    private static Map<String, Object> event(String shipmentId, String eventId, String type) {
        return Map.of("input", Map.of("shipmentId", shipmentId, "eventId", eventId, "type", type));
    }

    private static Map<String, Object> delivery(String shipmentId, String eventId) {
        return Map.of("input", Map.of("shipmentId", shipmentId, "eventId", eventId, "type", "DELIVERED", "recipientName", "Magazzino"));
    }

    /** A second carrier with its own partner-system client, created by staff. */
    private String otherCarrierToken(String staff) {
        String partner = http.payload(staff, "mutation($n: String!) { createPartner(input: {type: CARRIER, name: $n}) { partner { id } "
                + "userErrors { code } } }", Map.of("n", "Rapido " + UUID.randomUUID())).at("/partner/id").asString();
        JsonNode client = http.payload(staff, "mutation($p: ID!) { createApiClient(input: {partnerId: $p, name: \"TMS\", "
                + "scopes: [\"orders:read\", \"orders:write\", \"service:read\", \"service:write\"]}) { apiClient { clientId } clientSecret "
                + "userErrors { code } } }", Map.of("p", partner));
        return http.clientToken(client.at("/apiClient/clientId").asString(), client.path("clientSecret").asString(), null)
                .path("access_token").asString();
    }
}
