package io.canale.order;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.GraphQlAnswers;
import io.canale.support.IntegrationTestBase;
import io.canale.support.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The carrier's side of a shipment over HTTP with real tokens: the card's details (where to pick up, the order's number,
 * where to deliver), corrections of the last event within the window, the proof-of-delivery photo, and the board as a
 * cursor-paged connection.
 */
class ShipmentCarrierTests extends IntegrationTestBase {

    static final String SHIPMENT_FIELDS = "id orderNumber status correctableUntil pickUp { name street postalCode city country } "
            + "deliveryAddress { recipient city } events { eventId type occurredAt recordedAt corrects correctedBy recipientName location } "
            + "proofOfDelivery { fileName contentType size downloadPath } "
            + "viewerCan { recordEvent events correctLastEvent correctionEvents attachProofOfDelivery }";
    static final String EVENT = "mutation($input: ShipmentEventInput!) { recordShipmentEvent(input: $input) { shipment { "
            + SHIPMENT_FIELDS + " } userErrors { field code message } } }";
    static final String CORRECT = "mutation($input: CorrectShipmentEventInput!) { correctShipmentEvent(input: $input) { shipment { "
            + SHIPMENT_FIELDS + " } userErrors { field code message } } }";
    static final String BOARD = "query($first: Int, $after: String, $open: Boolean) { shipments(first: $first, after: $after, open: $open) { "
            + "edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }";
    static final String OF_ORDER = "query($id: ID!) { order(id: $id) { status shipments { " + SHIPMENT_FIELDS + " } } }";

    static final byte[] PNG = bytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'},
            "rest of a photo of the goods");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(US_ASCII);

    @Autowired
    MutableClock clock;
    GraphQlAnswers graphql;
    /** How far a test moved the clock every test of the context shares; moved back after each test. */
    private Duration advanced = Duration.ZERO;

    @BeforeEach
    void answers() {
        graphql = new GraphQlAnswers(http);
    }

    @AfterEach
    void moveTheClockBack() {
        clock.advance(advanced.negated());
        advanced = Duration.ZERO;
    }

    @Test
    void the_card_shows_where_to_pick_up_the_order_number_and_where_to_deliver() {
        Shipped shipped = handedToVeloce();
        JsonNode card = onBoard(tokenFor("carrier@canale.demo"), shipped.shipmentId());
        assertThat(card.path("pickUp").toString()).isEqualTo("{\"name\":\"Ferri Componenti\",\"street\":\"Via dell'Industria 14\","
                + "\"postalCode\":\"40138\",\"city\":\"Bologna\",\"country\":\"IT\"}");
        assertThat(card.path("orderNumber").asString()).matches("\\d{4}-\\d{6}");
        assertThat(card.at("/deliveryAddress/city").asString()).isEqualTo("Milano");
    }

    @Test
    void the_reporter_corrects_a_delivery_into_transit_and_the_shipment_and_order_follow_while_both_events_stay() {
        Shipped shipped = handedToVeloce();
        String carrier = tokenFor("carrier@canale.demo");
        graphql.done(carrier, EVENT, event(shipped, "p1", "PICKED_UP", Map.of()));
        JsonNode delivered = graphql.done(carrier, EVENT, event(shipped, "d1", "DELIVERED", Map.of("recipientName", "M. Rossi"))).path("shipment");
        assertThat(delivered.at("/viewerCan/correctLastEvent").asBoolean()).isTrue();
        assertThat(delivered.at("/viewerCan/correctionEvents").toString()).isEqualTo("[\"IN_TRANSIT\",\"DELIVERED\",\"EXCEPTION\"]");
        assertThat(delivered.path("correctableUntil").asString()).isNotEmpty();
        assertThat(order(shipped).path("status").asString()).isEqualTo("DELIVERED");

        JsonNode corrected = graphql.done(carrier, CORRECT, correction(shipped, "c1", "d1", "IN_TRANSIT", Map.of("location", "Hub Bologna")))
                .path("shipment");
        assertThat(corrected.path("status").asString()).isEqualTo("IN_TRANSIT");
        assertThat(corrected.path("events").findValuesAsString("eventId")).containsExactly("p1", "d1", "c1");
        assertThat(corrected.at("/events/1/correctedBy").asString()).isEqualTo("c1");
        assertThat(corrected.at("/events/2/corrects").asString()).isEqualTo("d1");
        assertThat(Instant.parse(corrected.at("/events/2/occurredAt").asString())).as("the corrected event's time")
                .isEqualTo(Instant.parse(delivered.at("/events/1/occurredAt").asString()).truncatedTo(ChronoUnit.MILLIS));
        assertThat(order(shipped).path("status").asString()).as("the order follows the correction").isEqualTo("SHIPPED");
        assertThat(corrected.at("/viewerCan/events").toString()).as("the carrier may deliver again")
                .isEqualTo("[\"IN_TRANSIT\",\"DELIVERED\",\"EXCEPTION\"]");
        assertThat(graphql.done(carrier, CORRECT, correction(shipped, "c1", "d1", "IN_TRANSIT", Map.of("location", "Hub Bologna")))
                .at("/shipment/events").size()).as("a repeated correction is recorded once").isEqualTo(3);

        graphql.done(carrier, EVENT, event(shipped, "d2", "DELIVERED", Map.of("recipientName", "Marco Rossi")));
        assertThat(order(shipped).path("status").asString()).isEqualTo("DELIVERED");
    }

    @Test
    void only_the_last_event_is_corrected_only_by_who_reported_it_and_another_carrier_finds_nothing() {
        Shipped shipped = handedToVeloce();
        String carrier = tokenFor("carrier@canale.demo");
        graphql.done(carrier, EVENT, event(shipped, "p1", "PICKED_UP", Map.of()));
        graphql.done(carrier, EVENT, event(shipped, "t1", "IN_TRANSIT", Map.of("location", "Modena")));
        assertThat(graphql.refused(carrier, CORRECT, correction(shipped, "c0", "p1", "EXCEPTION", Map.of("reason", "x"))))
                .as("not the last event").isEqualTo("ILLEGAL_STATE");
        assertThat(graphql.refused(tokenFor("carrier-system"), CORRECT, correction(shipped, "c1", "t1", "EXCEPTION", Map.of("reason", "x"))))
                .as("the same carrier's system did not report it").isEqualTo("NOT_ALLOWED");
        assertThat(onBoard(tokenFor("carrier-system"), shipped.shipmentId()).at("/viewerCan/correctLastEvent").asBoolean()).isFalse();
        assertThat(graphql.refused(otherCarrierToken(), CORRECT, correction(shipped, "c2", "t1", "EXCEPTION", Map.of("reason", "x"))))
                .as("another carrier").isEqualTo("NOT_FOUND");
        for (String login : List.of("dealer@canale.demo", "supplier@canale.demo", "staff@canale.demo")) {
            assertThat(graphql.refused(tokenFor(login), CORRECT, correction(shipped, "c3", "t1", "EXCEPTION", Map.of("reason", "x"))))
                    .as(login).isEqualTo("NOT_FOUND");
        }
        assertThat(graphql.refused(carrier, CORRECT, correction(shipped, "c4", "t1", "PICKED_UP", Map.of())))
                .as("a correction keeps the events in order").isEqualTo("ILLEGAL_STATE");
        assertThat(graphql.done(carrier, CORRECT, correction(shipped, "c5", "t1", "EXCEPTION", Map.of("reason", "Strada chiusa")))
                .at("/shipment/status").asString()).isEqualTo("EXCEPTION");
    }

    @Test
    void after_the_window_a_correction_is_refused_with_deadline_passed() {
        Shipped shipped = handedToVeloce();
        String carrier = tokenFor("carrier@canale.demo");
        graphql.done(carrier, EVENT, event(shipped, "p1", "PICKED_UP", Map.of()));
        advance(Duration.ofMinutes(15).plusSeconds(1));
        JsonNode refused = http.userErrors(carrier, CORRECT, correction(shipped, "c1", "p1", "EXCEPTION", Map.of("reason", "x")));
        assertThat(refused.at("/0/code").asString()).isEqualTo("DEADLINE_PASSED");
        assertThat(refused.at("/0/field").toString()).isEqualTo("[\"input\",\"corrects\"]");
        JsonNode card = onBoard(carrier, shipped.shipmentId());
        assertThat(card.at("/viewerCan/correctLastEvent").asBoolean()).isFalse();
        assertThat(card.at("/viewerCan/correctionEvents").isEmpty()).isTrue();
    }

    @Test
    void the_carrier_attaches_a_photo_once_delivered_and_the_parties_download_it_while_others_find_nothing() throws Exception {
        Shipped shipped = handedToVeloce();
        String carrier = tokenFor("carrier@canale.demo");
        graphql.done(carrier, EVENT, event(shipped, "p1", "PICKED_UP", Map.of()));
        HttpResponse<String> early = upload(carrier, shipped, "goods.png", PNG);
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("ILLEGAL_STATE");
        JsonNode delivered = graphql.done(carrier, EVENT, event(shipped, "d1", "DELIVERED", Map.of("recipientName", "M. Rossi")))
                .path("shipment");
        assertThat(delivered.at("/viewerCan/attachProofOfDelivery").asBoolean()).isTrue();
        assertThat(upload(otherCarrierToken(), shipped, "goods.png", PNG).statusCode()).as("another carrier").isEqualTo(404);
        assertThat(upload(tokenFor("dealer@canale.demo"), shipped, "goods.png", PNG).statusCode()).as("the dealer").isEqualTo(404);
        HttpResponse<String> pdf = upload(carrier, shipped, "note.pdf", PDF);
        assertThat(pdf.statusCode()).as("only photos").isEqualTo(400);
        assertThat(pdf.body()).contains("INVALID");

        HttpResponse<String> uploaded = upload(carrier, shipped, "consegna.png", PNG);
        assertThat(uploaded.statusCode()).isEqualTo(201);
        String path = "/shipments/" + shipped.shipmentId() + "/proof-of-delivery";
        assertThat(uploaded.headers().firstValue("Location")).contains(path);
        assertThat(upload(carrier, shipped, "again.png", PNG).statusCode()).as("one photo per shipment").isEqualTo(400);
        JsonNode shipment = order(shipped).at("/shipments/0");
        assertThat(shipment.at("/proofOfDelivery/downloadPath").asString()).isEqualTo(path);
        assertThat(shipment.at("/proofOfDelivery/contentType").asString()).isEqualTo("image/png");
        assertThat(onBoard(carrier, shipped.shipmentId()).at("/viewerCan/attachProofOfDelivery").asBoolean()).isFalse();

        for (String reader : List.of("carrier@canale.demo", "carrier-system", "dealer@canale.demo", "supplier@canale.demo", "staff@canale.demo")) {
            HttpResponse<byte[]> download = download(tokenFor(reader), path);
            assertThat(download.statusCode()).as(reader).isEqualTo(200);
            assertThat(download.body()).as(reader).isEqualTo(PNG);
            assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).as(reader).startsWith("attachment; ");
        }
        for (String outsider : List.of("dealer2@canale.demo", "supplier2@canale.demo")) {
            assertThat(download(tokenFor(outsider), path).statusCode()).as(outsider).isEqualTo(404);
        }
        assertThat(download(otherCarrierToken(), path).statusCode()).as("another carrier").isEqualTo(404);
    }

    @Test
    void the_board_pages_through_every_shipment_once_with_cursors() {
        String carrier = tokenFor("carrier@canale.demo");
        handedToVeloce();
        handedToVeloce();
        List<String> whole = new ArrayList<>();
        graphql.data(carrier, BOARD, Map.of("first", 100)).at("/shipments/edges").forEach(edge -> whole.add(edge.at("/node/id").asString()));
        assertThat(whole.size()).isGreaterThan(3);
        List<String> paged = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 200; page++) {
            Map<String, Object> variables = new java.util.HashMap<>(Map.of("first", 2));
            variables.put("after", after);
            JsonNode shipments = graphql.data(carrier, BOARD, variables).path("shipments");
            shipments.path("edges").forEach(edge -> paged.add(edge.at("/node/id").asString()));
            assertThat(shipments.path("edges").size()).isLessThanOrEqualTo(2);
            if (!shipments.at("/pageInfo/hasNextPage").asBoolean()) {
                break;
            }
            after = shipments.at("/pageInfo/endCursor").asString();
        }
        assertThat(paged.subList(0, Math.min(paged.size(), 100))).isEqualTo(whole);
        assertThat(new HashSet<>(paged)).as("no shipment twice").hasSize(paged.size());
        assertThat(http.graphqlErrors(carrier, BOARD, Map.of("first", 2, "after", "not-a-cursor")).toString()).contains("INVALID_CURSOR");

        // Staff's open shipments, page after page: the filter holds on every page.
        String staff = tokenFor("staff@canale.demo");
        JsonNode first = graphql.data(staff, BOARD, Map.of("first", 1, "open", true)).path("shipments");
        JsonNode second = graphql.data(staff, BOARD, Map.of("first", 1, "open", true, "after", first.at("/pageInfo/endCursor").asString()))
                .path("shipments");
        assertThat(second.at("/edges/0/node/id").asString()).isNotEqualTo(first.at("/edges/0/node/id").asString());
    }

    private void advance(Duration by) {
        clock.advance(by);
        advanced = advanced.plus(by);
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

    private JsonNode order(Shipped shipped) {
        return graphql.data(tokenFor("dealer@canale.demo"), OF_ORDER, Map.of("id", shipped.orderId())).path("order");
    }

    private JsonNode onBoard(String token, String shipmentId) {
        JsonNode edges = graphql.data(token, "{ shipments(first: 100, open: null) { edges { node { " + SHIPMENT_FIELDS + " } } } }")
                .at("/shipments/edges");
        for (JsonNode edge : edges) {
            if (edge.at("/node/id").asString().equals(shipmentId)) {
                return edge.path("node");
            }
        }
        throw new AssertionError("shipment " + shipmentId + " is not on the board");
    }

    private static Map<String, Object> event(Shipped shipped, String eventId, String type, Map<String, String> details) {
        Map<String, Object> input = new java.util.HashMap<>(details);
        input.putAll(Map.of("shipmentId", shipped.shipmentId(), "eventId", eventId, "type", type));
        return Map.of("input", input);
    }

    private static Map<String, Object> correction(Shipped shipped, String eventId, String corrects, String type, Map<String, String> details) {
        Map<String, Object> input = new java.util.HashMap<>(details);
        input.putAll(Map.of("shipmentId", shipped.shipmentId(), "eventId", eventId, "corrects", corrects, "type", type));
        return Map.of("input", input);
    }

    private HttpResponse<String> upload(String token, Shipped shipped, String fileName, byte[] content) {
        return http.upload("/shipments/" + shipped.shipmentId() + "/proof-of-delivery", token, fileName, content);
    }

    private HttpResponse<byte[]> download(String token, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(http.base() + path)).GET().header("Authorization", "Bearer " + token).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
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

    private static byte[] bytes(byte[] head, String tail) {
        byte[] all = Arrays.copyOf(head, head.length + tail.length());
        System.arraycopy(tail.getBytes(US_ASCII), 0, all, head.length, tail.length());
        return all;
    }
}
