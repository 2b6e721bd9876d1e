package io.canale.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.GraphQlAnswers;
import io.canale.support.IntegrationTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An order's {@code viewerCan} and what its mutations do agree, over HTTP with real tokens: the supplier answers
 * and ships, the dealer and staff cancel, another supplier does not see it.
 */
class OrderViewerCanTests extends IntegrationTestBase {

    static final String FIELDS = "id version status viewerCan { confirm cancel ship }";
    static final String ORDER = "query($id: ID!) { order(id: $id) { " + FIELDS + " } }";
    static final String CONFIRM = "mutation($id: ID!, $v: Int!) { confirmOrder(input: {id: $id, expectedVersion: $v, lines: "
            + "[{line: 1, confirmedQuantity: 2, promisedDate: \"2099-02-01\"}]}) { order { " + FIELDS + " } userErrors { field code } } }";
    static final String CANCEL = "mutation($id: ID!, $v: Int!) { cancelOrder(input: {id: $id, expectedVersion: $v, reason: \"Non serve più\"}) { "
            + "order { " + FIELDS + " } userErrors { field code } } }";
    static final String SHIP = "mutation($id: ID!, $v: Int!) { createShipment(input: {orderId: $id, expectedVersion: $v, "
            + "carrierId: \"ptn_veloce_logistica\", packages: 1}) { order { " + FIELDS + " } userErrors { field code } } }";

    GraphQlAnswers graphql;

    @BeforeEach
    void answers() {
        graphql = new GraphQlAnswers(http);
    }

    @Test
    void the_supplier_is_told_it_may_answer_and_then_ship_and_does_both() {
        JsonNode order = order(supplier(), rossisOrderToFerri());
        assertThat(order.path("viewerCan").toString()).isEqualTo("{\"confirm\":true,\"cancel\":false,\"ship\":false}");
        JsonNode confirmed = graphql.done(supplier(), CONFIRM, versionOf(order)).path("order");
        assertThat(confirmed.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.path("viewerCan").toString()).isEqualTo("{\"confirm\":false,\"cancel\":false,\"ship\":true}");
        assertThat(graphql.done(supplier(), SHIP, versionOf(confirmed)).at("/order/status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void the_ordering_dealer_is_told_it_may_cancel_but_not_answer_and_both_hold() {
        JsonNode order = order(dealer(), rossisOrderToFerri());
        assertThat(order.path("viewerCan").toString()).isEqualTo("{\"confirm\":false,\"cancel\":true,\"ship\":false}");
        assertThat(graphql.refused(dealer(), CONFIRM, versionOf(order))).isEqualTo("NOT_ALLOWED");
        JsonNode cancelled = graphql.done(dealer(), CANCEL, versionOf(order)).path("order");
        assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("viewerCan").toString()).isEqualTo("{\"confirm\":false,\"cancel\":false,\"ship\":false}");
    }

    @Test
    void once_answered_the_dealer_is_told_it_may_no_longer_cancel_and_may_not() {
        JsonNode confirmed = graphql.done(supplier(), CONFIRM, versionOf(rossisOrderToFerri())).path("order");
        JsonNode seen = order(dealer(), confirmed);
        assertThat(seen.at("/viewerCan/cancel").asBoolean()).isFalse();
        assertThat(graphql.refused(dealer(), CANCEL, versionOf(seen))).isEqualTo("ILLEGAL_STATE");
    }

    @Test
    void staff_are_told_they_may_cancel_but_neither_answer_nor_ship() {
        JsonNode confirmed = graphql.done(supplier(), CONFIRM, versionOf(rossisOrderToFerri())).path("order");
        JsonNode seen = order(staff(), confirmed);
        assertThat(seen.path("viewerCan").toString()).isEqualTo("{\"confirm\":false,\"cancel\":false,\"ship\":false}");
        assertThat(graphql.refused(staff(), SHIP, versionOf(seen))).isEqualTo("NOT_ALLOWED");

        JsonNode submitted = order(staff(), rossisOrderToFerri());
        assertThat(submitted.path("viewerCan").toString()).isEqualTo("{\"confirm\":false,\"cancel\":true,\"ship\":false}");
        assertThat(graphql.done(staff(), CANCEL, versionOf(submitted)).at("/order/status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void another_supplier_does_not_see_the_order_and_may_not_answer_it() {
        JsonNode order = rossisOrderToFerri();
        String other = tokenFor("supplier2@canale.demo");
        assertThat(graphql.data(other, ORDER, Map.of("id", order.path("id").asString())).path("order").isNull()).isTrue();
        assertThat(graphql.refused(other, CONFIRM, versionOf(order))).isEqualTo("NOT_FOUND");
        assertThat(order(supplier(), order).path("status").asString()).isEqualTo("SUBMITTED");
    }

    /** An order of Rossi Auto for one product of Ferri Componenti. */
    static JsonNode rossisOrderToFerri(GraphQlAnswers graphql, String dealerToken) {
        JsonNode orders = graphql.done(dealerToken, "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { orders { "
                + FIELDS + " } userErrors { field code } } }", Map.of("input", Map.of(
                        "lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", 2)), "requestedDate", "2099-01-15",
                        "deliveryAddress", Map.of("recipient", "Rossi Auto", "street", "Via Roma 1", "postalCode", "20100",
                                "city", "Milano", "country", "IT")))).path("orders");
        assertThat(orders.size()).isEqualTo(1);
        return orders.get(0);
    }

    private JsonNode rossisOrderToFerri() {
        return rossisOrderToFerri(graphql, dealer());
    }

    private JsonNode order(String token, JsonNode order) {
        JsonNode seen = graphql.data(token, ORDER, Map.of("id", order.path("id").asString())).path("order");
        assertThat(seen.isObject()).as("the order is visible").isTrue();
        return seen;
    }

    private static Map<String, Object> versionOf(JsonNode order) {
        return Map.of("id", order.path("id").asString(), "v", order.path("version").asInt());
    }

    private String dealer() {
        return tokenFor("dealer@canale.demo");
    }

    private String supplier() {
        return tokenFor("supplier@canale.demo");
    }

    private String staff() {
        return tokenFor("staff@canale.demo");
    }
}
