package io.canale.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.canale.support.GraphQlSocket;
import io.canale.support.IntegrationTestBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Notifications with real tokens: the partner an order needs hears of it, nobody else does; each person keeps its own
 * read marks; a subscriber hears of it live.
 */
class NotificationTests extends IntegrationTestBase {

    static final String LIST = "{ notifications(first: 100) { edges { node { id kind recordType recordId recordLabel read } } } unreadNotifications }";
    static final String MARK = "mutation($ids: [ID!]) { markNotificationsRead(input: {ids: $ids}) { marked userErrors { field code message } } }";

    @LocalServerPort
    int serverPort;

    @Autowired
    MongoOperations mongo;

    @Autowired
    NotificationLabelBackfill backfill;

    @Test
    void the_supplier_is_told_of_an_order_to_answer_and_each_person_keeps_its_own_read_marks() {
        String orderId = orderForFerri();
        String ferri = tokenFor("supplier@canale.demo");
        JsonNode notice = awaitNotification(ferri, orderId);
        assertThat(notice.path("kind").asString()).isEqualTo("ORDER_TO_ANSWER");
        assertThat(notice.path("recordType").asString()).isEqualTo("ORDER");
        assertThat(notice.path("recordLabel").asString()).as("the order's number").matches("\\d{4}-\\d{6}");
        assertThat(notice.path("read").asBoolean()).isFalse();
        for (String other : List.of("supplier2@canale.demo", "dealer@canale.demo", "dealer2-system", "carrier-system")) {
            assertThat(http.graphql(tokenFor(other), LIST).toString()).as(other).doesNotContain(orderId);
        }

        int unread = http.graphql(ferri, LIST).at("/data/unreadNotifications").asInt();
        int systemUnread = http.graphql(tokenFor("supplier-system"), LIST).at("/data/unreadNotifications").asInt();
        assertThat(http.payload(ferri, MARK, Map.of("ids", List.of(notice.path("id").asString()))).path("marked").asInt()).isEqualTo(1);
        assertThat(http.graphql(ferri, LIST).at("/data/unreadNotifications").asInt()).isEqualTo(unread - 1);
        assertThat(http.graphql(tokenFor("supplier-system"), LIST).at("/data/unreadNotifications").asInt())
                .as("a colleague's marks are its own").isEqualTo(systemUnread);
        assertThat(http.payload(tokenFor("supplier2@canale.demo"), MARK, Map.of("ids", List.of(notice.path("id").asString())))
                .path("marked").asInt()).as("another supplier marks nothing of Ferri's").isZero();
        assertThat(http.userErrors(ferri, MARK, Map.of("ids", Collections.nCopies(101, "x"))).at("/0/code").asString()).isEqualTo("TOO_MANY");
    }

    @Test
    void a_subscriber_hears_of_a_new_notification_live() {
        try (GraphQlSocket ferri = GraphQlSocket.connect(serverPort, tokenFor("supplier-system"))) {
            ferri.subscribe("subscription { notifications { kind recordId recordLabel } }", Map.of());
            String orderId = orderForFerri();
            List<JsonNode> heard = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline && heard.stream().noneMatch(message -> message.toString().contains(orderId))) {
                JsonNode message = ferri.next(Duration.ofSeconds(1));
                if (message != null) {
                    assertThat(message.path("type").asString()).as(message.toString()).isEqualTo("next");
                    heard.add(message);
                }
            }
            assertThat(heard).as("heard").anySatisfy(message -> {
                assertThat(message.at("/payload/data/notifications/recordId").asString()).isEqualTo(orderId);
                assertThat(message.at("/payload/data/notifications/kind").asString()).isEqualTo("ORDER_TO_ANSWER");
                assertThat(message.at("/payload/data/notifications/recordLabel").asString()).matches("\\d{4}-\\d{6}");
            });
        }
    }

    @Test
    void notifications_stored_before_labels_get_their_orders_number_at_the_next_start() {
        String orderId = orderForFerri();
        String ferri = tokenFor("supplier@canale.demo");
        JsonNode notice = awaitNotification(ferri, orderId);
        String number = notice.path("recordLabel").asString();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(notice.path("id").asString())), new Update().unset("recordLabel"),
                Notification.class);
        assertThat(awaitNotification(ferri, orderId).path("recordLabel").isNull()).as("as stored by an older version").isTrue();

        backfill.labelOldNotifications();

        assertThat(awaitNotification(ferri, orderId).path("recordLabel").asString()).isEqualTo(number);
    }

    @Test
    void a_lead_routed_to_a_dealer_is_named_on_its_notification_by_the_leads_company() {
        String company = "Etichette " + UUID.randomUUID();
        JsonNode captured = http.payload(tokenFor("staff@canale.demo"), io.canale.lead.LeadRoutingTests.CREATE, Map.of("input", Map.of(
                "contact", Map.of("name", "Label Contact", "email", "l-" + UUID.randomUUID() + "@example.com"),
                "company", Map.of("name", company), "address", Map.of("country", "IT", "region", "Lombardia")))).path("lead");
        if (!"ptn_rossi_auto".equals(captured.at("/dealer/id").asString())) {
            http.payload(tokenFor("staff@canale.demo"), "mutation($id: ID!, $v: Int!) { routeLead(input: {id: $id, expectedVersion: $v, "
                    + "dealerId: \"ptn_rossi_auto\"}) { lead { id } userErrors { field code message } } }",
                    Map.of("id", captured.path("id").asString(), "v", captured.path("version").asInt()));
        }

        JsonNode notice = awaitNotification(tokenFor("dealer@canale.demo"), captured.path("id").asString());
        assertThat(notice.path("kind").asString()).isEqualTo("LEAD_ROUTED");
        assertThat(notice.path("recordLabel").asString()).isEqualTo(company);
    }

    private JsonNode awaitNotification(String token, String recordId) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            for (JsonNode edge : http.graphql(token, LIST).at("/data/notifications/edges")) {
                if (edge.at("/node/recordId").asString().equals(recordId)) {
                    found[0] = edge.path("node");
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** Rossi Auto orders brake pads, which Ferri Componenti supplies; answers the order's id. */
    private String orderForFerri() {
        return http.payload(tokenFor("dealer@canale.demo"), "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { "
                + "orders { id } userErrors { field code message } } }", Map.of("input", Map.of(
                "lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", 2)), "requestedDate", "2099-01-15",
                "idempotencyKey", "notify-" + UUID.randomUUID(),
                "deliveryAddress", Map.of("recipient", "Rossi Auto", "street", "Via Roma 1", "postalCode", "20100",
                        "city", "Milano", "country", "IT")))).at("/orders/0/id").asString();
    }
}
