package io.canale.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.GraphQlAnswers;
import io.canale.support.IntegrationTestBase;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A shipment's {@code viewerCan} and what recording its events does agree, over HTTP with real tokens. */
class ShipmentViewerCanTests extends IntegrationTestBase {

    static final String EVENT = "mutation($input: ShipmentEventInput!) { recordShipmentEvent(input: $input) { "
            + "shipment { id status viewerCan { recordEvent events } } userErrors { field code } } }";
    static final String BOARD = "{ shipments(first: 100, open: true) { edges { node { id viewerCan { recordEvent events } } } } }";
    static final String OF_ORDER = "query($id: ID!) { order(id: $id) { shipments { id viewerCan { recordEvent events } } } }";

    GraphQlAnswers graphql;

    @BeforeEach
    void answers() {
        graphql = new GraphQlAnswers(http);
    }

    @Test
    void the_carrier_is_told_it_may_record_events_until_delivery_and_may() {
        Shipped shipped = handedToVeloce();
        assertThat(onBoard(tokenFor("carrier@canale.demo"), shipped.shipmentId()).at("/viewerCan/recordEvent").asBoolean()).isTrue();
        assertThat(onBoard(tokenFor("carrier-system"), shipped.shipmentId()).at("/viewerCan/recordEvent").asBoolean()).isTrue();
        assertThat(onBoard(tokenFor("carrier-system"), shipped.shipmentId()).at("/viewerCan/events").toString())
                .as("a ready shipment is picked up first").isEqualTo("[\"PICKED_UP\",\"EXCEPTION\"]");
        assertThat(graphql.refused(tokenFor("carrier-system"), EVENT, event(shipped, "t0", "IN_TRANSIT")))
                .as("an event it was not offered is refused").isEqualTo("ILLEGAL_STATE");
        JsonNode picked = graphql.done(tokenFor("carrier-system"), EVENT, event(shipped, "p1", "PICKED_UP")).path("shipment");
        assertThat(picked.at("/viewerCan/events").toString()).isEqualTo("[\"IN_TRANSIT\",\"DELIVERED\",\"EXCEPTION\"]");
        JsonNode delivered = graphql.done(tokenFor("carrier@canale.demo"), EVENT, Map.of("input", Map.of("shipmentId",
                shipped.shipmentId(), "eventId", "d1", "type", "DELIVERED", "recipientName", "M. Rossi"))).path("shipment");
        assertThat(delivered.path("status").asString()).isEqualTo("DELIVERED");
        assertThat(delivered.at("/viewerCan/recordEvent").asBoolean()).as("nothing follows a delivery").isFalse();
        assertThat(delivered.at("/viewerCan/events").isEmpty()).isTrue();
        assertThat(graphql.refused(tokenFor("carrier@canale.demo"), EVENT, event(shipped, "x1", "EXCEPTION")))
                .isEqualTo("ILLEGAL_STATE");
        graphql.done(tokenFor("carrier@canale.demo"), EVENT, Map.of("input", Map.of("shipmentId", shipped.shipmentId(),
                "eventId", "d1", "type", "DELIVERED", "recipientName", "M. Rossi"))); // a repeat is answered, not refused
    }

    @Test
    void the_order_parties_see_the_shipment_are_told_they_may_not_record_events_and_may_not() {
        Shipped shipped = handedToVeloce();
        for (String login : new String[] {"supplier@canale.demo", "dealer@canale.demo", "staff@canale.demo"}) {
            JsonNode shipments = graphql.data(tokenFor(login), OF_ORDER, Map.of("id", shipped.orderId())).at("/order/shipments");
            assertThat(shipments.toString()).as(login).isEqualTo("[{\"id\":\"" + shipped.shipmentId()
                    + "\",\"viewerCan\":{\"recordEvent\":false,\"events\":[]}}]");
            assertThat(graphql.refused(tokenFor(login), EVENT, event(shipped, "n-" + login, "EXCEPTION"))).as(login).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void another_carrier_does_not_see_the_shipment_and_may_not_record_its_events() {
        Shipped shipped = handedToVeloce();
        String other = otherCarrierToken();
        assertThat(graphql.data(other, BOARD).path("shipments").toString()).doesNotContain(shipped.shipmentId());
        assertThat(graphql.refused(other, EVENT, event(shipped, "o1", "PICKED_UP"))).isEqualTo("NOT_FOUND");
        assertThat(onBoard(tokenFor("carrier@canale.demo"), shipped.shipmentId()).path("id").asString()).isEqualTo(shipped.shipmentId());
    }

    record Shipped(String orderId, String shipmentId) {
    }

    /** An order of Rossi to Ferri, confirmed by Ferri and handed to Veloce. */
    private Shipped handedToVeloce() {
        JsonNode order = OrderViewerCanTests.rossisOrderToFerri(graphql, tokenFor("dealer@canale.demo"));
        String supplier = tokenFor("supplier@canale.demo");
        JsonNode confirmed = graphql.done(supplier, OrderViewerCanTests.CONFIRM,
                Map.of("id", order.path("id").asString(), "v", order.path("version").asInt())).path("order");
        JsonNode shipped = graphql.done(supplier, "mutation($id: ID!, $v: Int!) { createShipment(input: {orderId: $id, expectedVersion: $v, "
                + "carrierId: \"ptn_veloce_logistica\", packages: 1}) { order { id shipments { id } } userErrors { field code } } }",
                Map.of("id", confirmed.path("id").asString(), "v", confirmed.path("version").asInt())).path("order");
        return new Shipped(shipped.path("id").asString(), shipped.at("/shipments/0/id").asString());
    }

    private JsonNode onBoard(String token, String shipmentId) {
        for (JsonNode edge : graphql.data(token, BOARD).path("shipments").path("edges")) {
            if (edge.at("/node/id").asString().equals(shipmentId)) {
                return edge.path("node");
            }
        }
        throw new AssertionError("shipment " + shipmentId + " is not on the board");
    }

    private static Map<String, Object> event(Shipped shipped, String eventId, String type) {
        return Map.of("input", Map.of("shipmentId", shipped.shipmentId(), "eventId", eventId, "type", type, "reason", "Ritardo"));
    }

    /** A second carrier with its own partner-system client, created by staff. */
    private String otherCarrierToken() {
        String staff = tokenFor("staff@canale.demo");
        String partner = graphql.done(staff, "mutation($n: String!) { createPartner(input: {type: CARRIER, name: $n}) { partner { id } "
                + "userErrors { code } } }", Map.of("n", "Rapido " + UUID.randomUUID())).at("/partner/id").asString();
        JsonNode client = graphql.done(staff, "mutation($p: ID!) { createApiClient(input: {partnerId: $p, name: \"TMS\", "
                + "scopes: [\"orders:read\", \"orders:write\"]}) { apiClient { clientId } clientSecret userErrors { code } } }",
                Map.of("p", partner));
        return http.clientToken(client.at("/apiClient/clientId").asString(), client.path("clientSecret").asString(), null)
                .path("access_token").asString();
    }
}
