package io.canale.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.shared.Actor;
import io.canale.shared.Money;
import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/**
 * The supplier's to-answer / to-ship flow over HTTP: what is left to hand over per line, partial hand-overs, the next
 * step as a code and in words, the list filters, and another supplier's token.
 */
class HandOverTests extends IntegrationTestBase {

    static final String FIELDS = "id status version nextStep nextStepText linesToShip confirmedLines viewerCan { ship confirm } "
            + "lines { line quantity confirmedQuantity handedOverQuantity leftToShip } handOvers { shipmentId lines { line quantity } } "
            + "shipments { id }";
    static final String ORDER = "query($id: ID!) { order(id: $id) { " + FIELDS + " } }";
    static final String CONFIRM = "mutation($input: ConfirmOrderInput!) { confirmOrder(input: $input) { order { " + FIELDS
            + " } userErrors { field code message } } }";
    static final String SHIP = "mutation($input: CreateShipmentInput!) { createShipment(input: $input) { order { " + FIELDS
            + " } userErrors { field code message } } }";
    static final String EVENT = "mutation($input: ShipmentEventInput!) { recordShipmentEvent(input: $input) { shipment { status } "
            + "userErrors { field code } } }";
    static final String LISTED = "query($step: OrderNextStep) { orders(first: 100, nextStep: $step) { edges { node { id nextStep } } } }";
    static final String CARRIER = "ptn_veloce_logistica";

    @Autowired
    MongoOperations mongo;
    @Autowired
    HandOverBackfill backfill;

    @Test
    void an_answered_order_stays_to_ship_through_a_partial_hand_over_until_everything_is_handed_over() {
        String supplier = tokenFor("supplier@canale.demo");
        String id = submitToFerri(4, 3);
        JsonNode submitted = order(supplier, id);
        assertThat(submitted.path("nextStep").asString()).isEqualTo("AWAITING_ANSWER");
        assertThat(submitted.path("nextStepText").asString()).isEqualTo("Waiting for your answer");
        assertThat(order(tokenFor("dealer@canale.demo"), id).path("nextStepText").asString()).isEqualTo("Waiting for the supplier's answer");
        assertThat(submitted.at("/viewerCan/ship").asBoolean()).isFalse();
        assertThat(listed(supplier, "AWAITING_ANSWER")).contains(id);
        assertThat(listed(supplier, "TO_HAND_OVER")).doesNotContain(id);

        JsonNode answered = http.payload(supplier, CONFIRM, Map.of("input", Map.of("id", id, "expectedVersion", 0, "lines", List.of(
                Map.of("line", 1, "confirmedQuantity", 4, "promisedDate", "2099-02-01"),
                Map.of("line", 2, "confirmedQuantity", 2, "promisedDate", "2099-02-01", "reason", "one filter short"))))).path("order");
        assertThat(answered.path("nextStep").asString()).isEqualTo("TO_HAND_OVER");
        assertThat(answered.path("nextStepText").asString()).isEqualTo("To hand over: 2 of 2 lines");
        assertThat(answered.at("/viewerCan/ship").asBoolean()).isTrue();
        assertThat(listed(supplier, "AWAITING_ANSWER")).doesNotContain(id);
        assertThat(listed(supplier, "TO_HAND_OVER")).contains(id);

        // Three of line 1's four: the rest stays to hand over, and the order in the "to ship" list.
        JsonNode partly = http.payload(supplier, SHIP, Map.of("input", handOver(id, 1, List.of(Map.of("line", 1, "quantity", 3))))).path("order");
        assertThat(quantities(partly)).containsExactly("1:4/3/1", "2:2/0/2");
        assertThat(partly.path("handOvers").toString()).contains("{\"line\":1,\"quantity\":3}");
        assertThat(partly.at("/handOvers/0/shipmentId").asString()).isEqualTo(partly.at("/shipments/0/id").asString());
        assertThat(partly.path("nextStep").asString()).isEqualTo("TO_HAND_OVER");
        assertThat(partly.at("/viewerCan/ship").asBoolean()).isTrue();
        assertThat(listed(supplier, "TO_HAND_OVER")).contains(id);

        // More than is left of a line is refused on its quantity, and nothing is written.
        JsonNode over = refused(supplier, handOver(id, 2, List.of(Map.of("line", 2, "quantity", 1), Map.of("line", 1, "quantity", 2))));
        assertThat(over.at("/userErrors/0/field").toString()).isEqualTo("[\"input\",\"lines\",\"1\",\"quantity\"]");
        assertThat(over.at("/userErrors/0/code").asString()).isEqualTo("EXCEEDS_AVAILABLE");
        assertThat(over.at("/userErrors/0/message").asString()).contains("only 1");
        assertThat(order(supplier, id).path("version").asInt()).isEqualTo(2);

        // The first shipment arrives: the order is shipped, not delivered, while goods are left to hand over.
        String first = partly.at("/shipments/0/id").asString();
        deliver(first);
        JsonNode afterFirst = order(supplier, id);
        assertThat(afterFirst.path("status").asString()).isEqualTo("SHIPPED");
        assertThat(afterFirst.path("nextStep").asString()).isEqualTo("TO_HAND_OVER");
        assertThat(afterFirst.path("nextStepText").asString()).isEqualTo("To hand over: 2 of 2 lines");

        // Without lines: everything left.
        JsonNode rest = http.payload(supplier, SHIP, Map.of("input", handOver(id, afterFirst.path("version").asInt(), null))).path("order");
        assertThat(quantities(rest)).containsExactly("1:4/4/0", "2:2/2/0");
        assertThat(rest.at("/handOvers/1/lines").toString()).isEqualTo("[{\"line\":1,\"quantity\":1},{\"line\":2,\"quantity\":2}]");
        assertThat(rest.path("nextStep").asString()).isEqualTo("WITH_CARRIER");
        assertThat(rest.path("nextStepText").asString()).isEqualTo("Handed over, with the carrier");
        assertThat(rest.path("linesToShip").asInt()).isZero();
        assertThat(rest.at("/viewerCan/ship").asBoolean()).as("nothing left to hand over").isFalse();
        assertThat(listed(supplier, "TO_HAND_OVER")).doesNotContain(id);
        assertThat(listed(supplier, "WITH_CARRIER")).contains(id);
        JsonNode nothingLeft = refused(supplier, handOver(id, rest.path("version").asInt(), null));
        assertThat(nothingLeft.at("/userErrors/0/code").asString()).isEqualTo("ILLEGAL_STATE");
        assertThat(nothingLeft.at("/userErrors/0/field").toString()).isEqualTo("[\"input\",\"orderId\"]");

        deliver(rest.at("/shipments/1/id").asString());
        JsonNode delivered = order(supplier, id);
        assertThat(delivered.path("status").asString()).isEqualTo("DELIVERED");
        assertThat(delivered.path("nextStep").asString()).isEqualTo("DELIVERED");
    }

    @Test
    void the_next_step_reads_in_italian() {
        String supplier = tokenFor("supplier@canale.demo");
        String id = submitToFerri(4, 3);
        confirmInFull(supplier, id);
        JsonNode italian = Http.json(http.graphqlRaw(supplier, ORDER, Map.of("id", id), "application/json", "it"));
        assertThat(italian.at("/data/order/nextStepText").asString()).isEqualTo("Da affidare al vettore: 2 righe su 2");
    }

    @Test
    void bad_hand_over_lines_are_refused_each_with_its_path() {
        String supplier = tokenFor("supplier@canale.demo");
        String id = submitToFerri(4, 3);
        confirmInFull(supplier, id);
        JsonNode refused = refused(supplier, handOver(id, 1, List.of(Map.of("line", 9, "quantity", 1),
                Map.of("line", 1, "quantity", 0), Map.of("line", 2, "quantity", 1), Map.of("line", 2, "quantity", 1))));
        assertThat(errors(refused)).containsExactly("input.lines.0.line NOT_FOUND", "input.lines.1.quantity INVALID",
                "input.lines.3.line DUPLICATE");
        assertThat(errors(refused(supplier, handOver(id, 1, List.of()))))
                .containsExactly("input.lines REQUIRED");
        assertThat(order(supplier, id).path("shipments").size()).as("nothing written").isZero();
    }

    @Test
    void a_hand_over_repeated_with_the_version_seen_ships_nothing_twice() {
        String supplier = tokenFor("supplier@canale.demo");
        String id = submitToFerri(4, 3);
        confirmInFull(supplier, id);
        Map<String, Object> input = handOver(id, 1, List.of(Map.of("line", 1, "quantity", 2)));
        JsonNode first = http.payload(supplier, SHIP, Map.of("input", input)).path("order");
        // A client that lost the answer and sends the same hand-over again.
        JsonNode repeated = refused(supplier, input);
        assertThat(errors(repeated)).containsExactly("input.expectedVersion VERSION_CONFLICT");
        JsonNode stored = order(supplier, id);
        assertThat(stored.path("shipments").size()).isEqualTo(1);
        assertThat(stored.path("handOvers").toString()).isEqualTo(first.path("handOvers").toString());
        assertThat(quantities(stored)).containsExactly("1:4/2/2", "2:3/0/3");
    }

    @Test
    void another_suppliers_token_can_neither_hand_over_nor_see_the_order() {
        String supplier = tokenFor("supplier@canale.demo");
        String id = submitToFerri(2, 2);
        confirmInFull(supplier, id);
        String gallo = tokenFor("supplier2@canale.demo");
        JsonNode attack = refused(gallo, handOver(id, 1, List.of(Map.of("line", 1, "quantity", 1))));
        assertThat(attack.at("/userErrors/0/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(attack.path("order").isNull()).isTrue();
        assertThat(http.graphql(gallo, ORDER, Map.of("id", id)).at("/data/order").isNull()).isTrue();
        assertThat(listed(gallo, "TO_HAND_OVER")).doesNotContain(id);
        assertThat(order(supplier, id).path("shipments").size()).isZero();
    }

    @Test
    void orders_handed_over_before_quantities_were_recorded_are_backfilled_as_handed_over_in_full() {
        Actor by = Actor.SYSTEM;
        Instant at = Instant.parse("2026-12-01T08:00:00Z");
        Order shipped = legacy(by, at);
        shipped.ship(CARRIER, 1, by, at);
        mongo.insert(shipped);
        Order confirmed = legacy(by, at);
        mongo.insert(confirmed);
        for (String id : List.of(shipped.id(), confirmed.id())) {
            // By collection name, as a backfill writes: no new version.
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().unset("nextStep").unset("handOvers")
                    .unset("lines.0.handedOverQuantity").unset("lines.1.handedOverQuantity"), "orders");
        }
        String staff = tokenFor("staff@canale.demo");
        assertThat(order(staff, shipped.id()).at("/viewerCan/ship").asBoolean()).as("before the backfill").isFalse();

        backfill.deriveNextSteps();

        JsonNode handedOver = order(staff, shipped.id());
        assertThat(handedOver.path("nextStep").asString()).isEqualTo("WITH_CARRIER");
        assertThat(quantities(handedOver)).containsExactly("1:4/4/0", "2:3/3/0");
        assertThat(handedOver.at("/handOvers/0/shipmentId").asString()).isEqualTo(handedOver.at("/shipments/0/id").asString());
        assertThat(handedOver.path("version").asInt()).as("no new version").isEqualTo(shipped.version().intValue());
        assertThat(order(staff, confirmed.id()).path("nextStep").asString()).isEqualTo("TO_HAND_OVER");
        assertThat(listed(staff, "TO_HAND_OVER")).contains(confirmed.id()).doesNotContain(shipped.id());
    }

    /** A confirmed two-line order of Ferri's as stored before hand-overs counted units (fields unset after the insert). */
    private static Order legacy(Actor by, Instant at) {
        String id = "ord_legacy_" + UUID.randomUUID();
        Order order = Order.submit(id, id, "ptn_rossi_auto", "ptn_ferri_componenti", List.of(
                        new OrderLine(1, "FRN-PAD-001", "Front brake pads", 4, new Money(new BigDecimal("48.00"), "EUR"), null, null, null),
                        new OrderLine(2, "FLT-OIL-010", "Oil filter", 3, new Money(new BigDecimal("9.00"), "EUR"), null, null, null)),
                "2099-01-15", new OrderParties.DeliveryAddress("Rossi Auto", "Via Roma 1", "20100", "Milano", "IT"), null, by, at);
        order.partyNames("Rossi Auto", "Ferri Componenti"); // as a submission stores them: other tests list orders by these keys
        order.answer(List.of(new Order.LineAnswer(1, 4, "2099-01-10", null), new Order.LineAnswer(2, 3, "2099-01-10", null)), by, at);
        return order;
    }

    private void deliver(String shipmentId) {
        String carrier = tokenFor("carrier-system");
        http.payload(carrier, EVENT, Map.of("input", Map.of("shipmentId", shipmentId, "eventId", shipmentId + "-pu", "type", "PICKED_UP")));
        http.payload(carrier, EVENT, Map.of("input", Map.of("shipmentId", shipmentId, "eventId", shipmentId + "-dl", "type", "DELIVERED",
                "recipientName", "M. Rossi")));
    }

    private void confirmInFull(String supplier, String id) {
        JsonNode order = order(supplier, id);
        List<Map<String, Object>> answers = new ArrayList<>();
        order.path("lines").forEach(line -> answers.add(Map.of("line", line.path("line").asInt(),
                "confirmedQuantity", line.path("quantity").asInt(), "promisedDate", "2099-02-01")));
        http.payload(supplier, CONFIRM, Map.of("input", Map.of("id", id, "expectedVersion", 0, "lines", answers)));
    }

    private static Map<String, Object> handOver(String id, int version, List<Map<String, Object>> lines) {
        Map<String, Object> input = new HashMap<>(Map.of("orderId", id, "expectedVersion", version, "carrierId", CARRIER, "packages", 1));
        if (lines != null) {
            input.put("lines", lines);
        }
        return input;
    }

    /** The payload of a hand-over the test expects to be refused. */
    private JsonNode refused(String token, Map<String, Object> input) {
        return http.graphql(token, SHIP, Map.of("input", input)).at("/data/createShipment");
    }

    private JsonNode order(String token, String id) {
        return http.graphql(token, ORDER, Map.of("id", id)).at("/data/order");
    }

    private List<String> listed(String token, String step) {
        List<String> ids = new ArrayList<>();
        http.graphql(token, LISTED, Map.of("step", step)).at("/data/orders/edges").forEach(edge -> {
            assertThat(edge.at("/node/nextStep").asString()).isEqualTo(step);
            ids.add(edge.at("/node/id").asString());
        });
        return ids;
    }

    /** Per line "line:confirmed/handed over/left". */
    private static List<String> quantities(JsonNode order) {
        List<String> lines = new ArrayList<>();
        order.path("lines").forEach(line -> lines.add(line.path("line").asInt() + ":" + line.path("confirmedQuantity").asInt() + "/"
                + line.path("handedOverQuantity").asInt() + "/" + line.path("leftToShip").asInt()));
        return lines;
    }

    private static List<String> errors(JsonNode payload) {
        List<String> errors = new ArrayList<>();
        payload.path("userErrors").forEach(error -> {
            List<String> path = new ArrayList<>();
            error.path("field").forEach(part -> path.add(part.asString()));
            errors.add(String.join(".", path) + " " + error.path("code").asString());
        });
        return errors;
    }

    /** Submits an order of Rossi Auto to Ferri only (brake pads and oil filters), wanted in 2099; returns its id. */
    private String submitToFerri(int pads, int filters) {
        Map<String, Object> input = Map.of(
                "lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", pads), Map.of("sku", "FLT-OIL-010", "quantity", filters)),
                "requestedDate", "2099-01-15",
                "deliveryAddress", Map.of("recipient", "Rossi Auto", "street", "Via Roma 1", "postalCode", "20100", "city", "Milano",
                        "country", "IT"));
        JsonNode orders = http.payload(tokenFor("dealer@canale.demo"), OrderTests.SUBMIT, Map.of("input", input)).path("orders");
        assertThat(orders).hasSize(1);
        return orders.at("/0/id").asString();
    }
}
