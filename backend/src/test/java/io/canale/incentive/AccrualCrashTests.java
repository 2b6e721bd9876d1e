package io.canale.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.canale.support.BackendProcess;
import io.canale.support.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A kill -9 while accruing: the backend runs as its own process on the file-backed embedded store. The first process
 * delivers {@value #ORDERS} orders with its feeder idle; the second derives their accruals and is killed with SIGKILL as
 * soon as the first entry is visible (the store then holds some purchases and entries, and a position short of the feed's
 * head); the third, on the same data, finishes. Then every delivered line has exactly one ACCRUAL per component and no
 * other entry, the check's recomputation from the order history finds no difference, and the stored position is the
 * feed's head.
 */
class AccrualCrashTests {

    static final int ORDERS = 150;
    static final String SKU = "FRN-DSC-002";
    static final String ROSSI = IncentiveLedgerTests.ROSSI;
    static final String[] IDLE = {"--canale.incentives.feed-interval=PT24H"};
    static final String[] ACCRUING = {"--canale.incentives.feed-interval=PT0.1S", "--canale.incentives.lease=PT3S"};
    static final String FIRST_ENTRY = "query($id: ID!, $partner: ID, $period: String) { incentiveProgram(id: $id) { "
            + "entries(partnerId: $partner, period: $period, first: 1) { edges { node { orderId } } } } }";

    @TempDir
    Path dir;

    @Test
    void a_kill_9_while_accruing_leaves_every_delivered_line_accrued_exactly_once_after_the_restart() throws Exception {
        String program;
        Set<String> delivered = new HashSet<>();
        try (BackendProcess first = BackendProcess.start(dir, "first", IDLE)) {
            String staff = first.http.userToken("staff@canale.demo");
            program = first.http.payload(staff, IncentiveLedgerTests.CREATE, Map.of("input", IncentiveLedgerTests.input(SKU)))
                    .at("/incentiveProgram/id").asString();
            Orders orders = new Orders(first.http);
            for (int i = 0; i < ORDERS; i++) {
                delivered.add(orders.delivered(1 + i % 4));
            }
            first.kill();
        }
        Store atStart = inCopy(db -> Store.of(db, delivered));
        assertThat(atStart.purchases).as("the first process accrues none of them: its feeder is idle").isZero();

        try (BackendProcess second = BackendProcess.start(dir, "second", ACCRUING)) {
            String staff = second.http.userToken("staff@canale.demo");
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !second.http.graphql(staff, FIRST_ENTRY, Map.of("id", program, "partner", ROSSI,
                            "period", IncentiveLedgerTests.currentQuarter())).at("/data/incentiveProgram/entries/edges").isEmpty());
            second.kill();
        }
        Store atKill = inCopy(db -> Store.of(db, delivered));
        System.out.printf("[canale-tests] kill -9 while accruing: %d of %d lines recorded, %d entries, position %d of %d%n",
                atKill.purchases, ORDERS, atKill.entries.size(), atKill.position, atKill.head);
        assertThat(atKill.purchases).as("killed in the middle of accruing").isBetween(1, ORDERS - 1);
        assertThat(atKill.position).as("the position short of the feed's head").isLessThan(atKill.head);

        try (BackendProcess third = BackendProcess.start(dir, "third", ACCRUING)) {
            String staff = third.http.userToken("staff@canale.demo");
            Map<String, Object> period = Map.of("id", program, "period", IncentiveLedgerTests.currentQuarter());
            // The check recomputes from the order history: lines the restart never accrues stay differences and time out here.
            JsonNode check = Awaitility.await("the ledger equal to the recomputation from the order history")
                    .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> third.http.graphql(staff, IncentiveLedgerTests.CHECK, period).at("/data/incentiveCheck"),
                            found -> found.path("entryCount").asInt() >= 2 * ORDERS && found.path("differences").isEmpty());
            assertThat(check.path("matches").asBoolean()).isTrue();
            assertThat(new java.math.BigDecimal(check.at("/recorded/amount").asString())).isPositive();
        }

        Store atEnd = inCopy(db -> Store.of(db, delivered));
        Map<String, Integer> accruals = new TreeMap<>();
        List<String> others = new ArrayList<>();
        for (Document entry : atEnd.entries) {
            if (!program.equals(entry.getString("programId"))) {
                continue;
            }
            if ("ACCRUAL".equals(entry.getString("kind"))) {
                accruals.merge(entry.getString("orderId") + "/" + entry.get("line") + "/" + entry.getString("component"), 1, Integer::sum);
            } else {
                others.add(entry.toJson());
            }
        }
        Map<String, Integer> expected = new TreeMap<>();
        delivered.forEach(order -> List.of("REBATE", "TIER").forEach(component -> expected.put(order + "/1/" + component, 1)));
        assertThat(accruals).as("one ACCRUAL per delivered line and component, none missing, none twice").isEqualTo(expected);
        assertThat(others).as("no reversal or true-up: below the first tier nothing moves").isEmpty();
        assertThat(atEnd.purchases).isEqualTo(ORDERS);
        assertThat(atEnd.position).as("the stored position is past every feed entry").isEqualTo(atEnd.head);
    }

    /** What the store holds: purchases, ledger entries, the feeder's position and the feed's newest sequence. */
    record Store(int purchases, List<Document> entries, long position, long head) {

        /** Counts only the purchases and entries of the {@code delivered} orders (the demo data has some of its own). */
        static Store of(MongoDatabase db, Set<String> delivered) {
            Document cursor = db.getCollection(AccrualFeeder.CURSOR).find(Filters.eq("_id", "feed")).first();
            Document newest = db.getCollection("changes").find().sort(Sorts.descending("_id")).limit(1).first();
            return new Store((int) db.getCollection("incentive_purchases").countDocuments(Filters.in("orderId", delivered)),
                    db.getCollection("incentive_entries").find(Filters.in("orderId", delivered)).into(new ArrayList<>()),
                    cursor == null ? 0 : ((Number) cursor.get("after")).longValue(),
                    newest == null ? 0 : ((Number) newest.get("_id")).longValue());
        }
    }

    /** Reads a copy of the store's file as the killed process left it (reopening the original would tidy it). */
    private <T> T inCopy(Function<MongoDatabase, T> read) throws IOException {
        Path copy = Files.createTempDirectory(dir, "copy").resolve("canale.mv");
        Files.copy(dir.resolve("store").resolve("canale.mv"), copy);
        MongoServer reopened = new MongoServer(new H2Backend(copy.toString()));
        reopened.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(reopened.getConnectionString())) {
            return read.apply(client.getDatabase("canale"));
        } finally {
            reopened.shutdown();
        }
    }

    /** Orders of Rossi to Ferri for discs, confirmed, shipped and delivered by Veloce, as IncentiveLedgerTests places them. */
    private static final class Orders {

        private final Http http;
        private final String dealer;
        private final String ferri;
        private final String carrier;

        Orders(Http http) {
            this.http = http;
            this.dealer = http.userToken("dealer@canale.demo");
            this.ferri = http.userToken("supplier@canale.demo");
            this.carrier = http.userToken("carrier@canale.demo");
        }

        String delivered(int discs) {
            String id = http.payload(dealer, "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { orders { id } "
                    + "userErrors { field code } } }", Map.of("input", Map.of("lines", List.of(Map.of("sku", SKU, "quantity", discs)),
                    "requestedDate", "2099-01-15", "deliveryAddress", Map.of("recipient", "Rossi Auto", "street", "Via Roma 1",
                            "postalCode", "20100", "city", "Milano", "country", "IT")))).at("/orders/0/id").asString();
            http.payload(ferri, "mutation($id: ID!, $q: Int!) { confirmOrder(input: {id: $id, expectedVersion: 0, lines: [{line: 1, "
                    + "confirmedQuantity: $q, promisedDate: \"2099-02-01\"}]}) { order { id } userErrors { code } } }",
                    Map.of("id", id, "q", discs));
            String shipment = http.payload(ferri, "mutation($id: ID!) { createShipment(input: {orderId: $id, expectedVersion: 1, "
                    + "carrierId: \"" + IncentiveLedgerTests.VELOCE + "\", packages: 1}) { order { shipments { id } } userErrors { code } } }",
                    Map.of("id", id)).at("/order/shipments/0/id").asString();
            event(shipment, "p-" + id, "PICKED_UP");
            event(shipment, "d-" + id, "DELIVERED");
            return id;
        }

        private void event(String shipment, String eventId, String type) {
            Map<String, Object> input = new HashMap<>(Map.of("shipmentId", shipment, "eventId", eventId, "type", type));
            if (type.equals("DELIVERED")) {
                input.put("recipientName", "Magazzino");
            }
            http.payload(carrier, "mutation($input: ShipmentEventInput!) { recordShipmentEvent(input: $input) { shipment { id } "
                    + "userErrors { field code } } }", Map.of("input", input));
        }
    }
}
