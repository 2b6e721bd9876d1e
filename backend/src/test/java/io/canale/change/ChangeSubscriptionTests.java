package io.canale.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.GraphQlSocket;
import io.canale.support.IntegrationTestBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Change subscriptions over WebSocket with real tokens: each subscriber hears only what it may read, resumes without
 * missing anything, and is refused without a valid token, for another partner's record and beyond its limits.
 */
class ChangeSubscriptionTests extends IntegrationTestBase {

    static final String CHANGES = "subscription($types: [RecordType!], $after: String) { changes(types: $types, afterSequence: $after) "
            + "{ sequence recordType recordId changeType } }";
    static final String CREATE = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } "
            + "userErrors { field code message } } }";

    @LocalServerPort
    int serverPort;

    @Test
    void a_subscriber_hears_of_changes_to_its_records_and_never_of_another_dealers() {
        try (GraphQlSocket rossi = GraphQlSocket.connect(serverPort, tokenFor("dealer-system"))) {
            String id = rossi.subscribe(CHANGES, Map.of("types", List.of("LEAD")));
            String foreign = createLead(tokenFor("dealer2-system"), "sub-foreign");
            String own = createLead(tokenFor("dealer-system"), "sub-own");
            JsonNode heard = awaitChange(rossi, own);
            assertThat(heard.path("id").asString()).isEqualTo(id);
            assertThat(heard.at("/payload/data/changes/changeType").asString()).isEqualTo("CREATED");
            assertThat(heard.at("/payload/data/changes/recordType").asString()).isEqualTo("LEAD");
            assertThat(heardSoFar).as("another dealer's lead").noneMatch(message -> message.toString().contains(foreign));
        }
    }

    /**
     * A subscription's cost is charged once, when it starts; its events carry the change alone, not the operation's
     * {@code extensions.cost} and budget again on every delivery.
     */
    @Test
    void a_change_event_carries_the_change_without_repeating_the_subscriptions_cost() {
        try (GraphQlSocket rossi = GraphQlSocket.connect(serverPort, tokenFor("dealer-system"))) {
            rossi.subscribe(CHANGES, Map.of("types", List.of("LEAD")));
            String own = createLead(tokenFor("dealer-system"), "sub-no-cost");
            JsonNode heard = awaitChange(rossi, own);
            assertThat(heard.at("/payload/data/changes/recordId").asString()).isEqualTo(own);
            assertThat(heard.at("/payload/extensions").isMissingNode()).as(heard.toString()).isTrue();
        }
    }

    @Test
    void a_subscriber_that_resumes_after_its_last_sequence_misses_nothing() {
        String system = tokenFor("dealer-system");
        String before = http.graphql(system, "{ changes(first: 1, types: [LEAD]) { pageInfo { endCursor } } }")
                .at("/data/changes/pageInfo/endCursor").asString();
        String last = lastSequence(system);
        String first = createLead(system, "sub-resume-1");
        String second = createLead(system, "sub-resume-2");
        try (GraphQlSocket again = GraphQlSocket.connect(serverPort, system)) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("types", List.of("LEAD"));
            variables.put("after", last);
            again.subscribe(CHANGES, variables);
            awaitChange(again, second);
            assertThat(heardSoFar.stream().map(message -> message.at("/payload/data/changes/recordId").asString()).toList())
                    .containsSubsequence(first, second);
        }
        assertThat(before).isNotBlank();
    }

    @Test
    void a_connection_without_a_valid_token_is_refused() {
        try (GraphQlSocket none = GraphQlSocket.open(serverPort, Map.of())) {
            assertThat(none.closeCode(Duration.ofSeconds(15))).isEqualTo(4401);
        }
        try (GraphQlSocket forged = GraphQlSocket.open(serverPort, Map.of("Authorization", "Bearer not.a.token"))) {
            assertThat(forged.closeCode(Duration.ofSeconds(15))).isEqualTo(4401);
        }
    }

    @Test
    void another_partners_record_is_not_found_and_subscriptions_per_connection_are_limited() {
        String lead = createLead(tokenFor("dealer-system"), "sub-limit");
        try (GraphQlSocket bianchi = GraphQlSocket.connect(serverPort, tokenFor("dealer2-system"))) {
            bianchi.subscribe("subscription($id: ID!) { recordChanges(recordId: $id) { sequence } }", Map.of("id", lead));
            JsonNode refused = bianchi.next(Duration.ofSeconds(15));
            assertThat(refused.path("type").asString()).isEqualTo("error");
            assertThat(refused.at("/payload/0/extensions/code").asString()).as(refused.toString()).isEqualTo("NOT_FOUND");
        }
        try (GraphQlSocket rossi = GraphQlSocket.connect(serverPort, tokenFor("dealer-system"))) {
            for (int i = 0; i < 10; i++) {
                rossi.subscribe(CHANGES, Map.of("types", List.of("ORDER")));
            }
            rossi.subscribe(CHANGES, Map.of("types", List.of("ORDER")));
            JsonNode refused = rossi.next(Duration.ofSeconds(15));
            assertThat(refused.path("id").asString()).as(refused.toString()).isEqualTo("11");
            assertThat(refused.at("/payload/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
            assertThat(refused.at("/payload/0/message").asString()).contains("at most 10 subscriptions");
        }
    }

    /** Fields of a lead that only staff read in the feed. */
    private static final java.util.Set<String> STAFF_ONLY = java.util.Set.of("routingDecisions", "triedDealerIds", "pendingCandidates",
            "possibleDuplicates");

    /**
     * Subscriptions of one caller share the shaping and the executed selection of each change; this proves that
     * sharing never crosses callers: with the same document on the same stream, staff, Rossi and Bianchi each receive
     * their own share on every subscription (staff the routing's fields, a dealer never another dealer's lead nor the
     * routing), also on a subscription sent with the other dealer's token as a renewal.
     */
    @Test
    void subscribers_with_the_same_document_each_receive_only_their_own_share() {
        String document = "subscription { changes(types: [LEAD]) { recordId actor { kind name } fields { path } } }";
        try (GraphQlSocket rossi = GraphQlSocket.connect(serverPort, tokenFor("dealer-system"));
                GraphQlSocket bianchi = GraphQlSocket.connect(serverPort, tokenFor("dealer2-system"));
                GraphQlSocket staff = GraphQlSocket.connect(serverPort, tokenFor("staff@canale.demo"))) {
            List<String> rossis = List.of(rossi.subscribe(document, Map.of()), rossi.subscribe(document, Map.of()));
            List<String> bianchis = List.of(bianchi.subscribe(document, Map.of()), bianchi.subscribe(document, Map.of()),
                    bianchi.subscribe(document, Map.of(), Map.of("authorization", "Bearer " + tokenFor("dealer-system"))));
            List<String> staffs = List.of(staff.subscribe(document, Map.of()), staff.subscribe(document, Map.of()));
            awaitLive(rossi, rossis, "dealer-system");
            awaitLive(bianchi, bianchis, "dealer2-system");
            awaitLive(staff, staffs, "dealer-system");
            String bianchiFirst = createLead(tokenFor("dealer2-system"), "share-b1");
            String rossiLead = createLead(tokenFor("dealer-system"), "share-r");
            String bianchiLast = createLead(tokenFor("dealer2-system"), "share-b2");

            Map<String, List<JsonNode>> heardByRossi = heardUntil(rossi, rossis, rossiLead);
            Map<String, List<JsonNode>> heardByBianchi = heardUntil(bianchi, bianchis, bianchiLast);
            Map<String, List<JsonNode>> heardByStaff = heardUntil(staff, staffs, bianchiLast);
            heardByRossi.forEach((id, heard) -> {
                assertThat(recordIds(heard)).as("Rossi's subscription " + id).contains(rossiLead).doesNotContain(bianchiFirst);
                assertThat(paths(heard, rossiLead)).as("Rossi reads the lead's fields, not the routing's")
                        .isNotEmpty().noneMatch(path -> STAFF_ONLY.contains(path.split("\\.")[0]));
            });
            heardByBianchi.forEach((id, heard) -> assertThat(recordIds(heard)).as("Bianchi's subscription " + id)
                    .contains(bianchiFirst, bianchiLast).doesNotContain(rossiLead));
            heardByStaff.forEach((id, heard) -> {
                assertThat(recordIds(heard)).as("staff subscription " + id).contains(bianchiFirst, rossiLead, bianchiLast);
                assertThat(paths(heard, rossiLead)).as("staff read the routing").anyMatch(path -> STAFF_ONLY.contains(path.split("\\.")[0]));
            });
        }
    }

    /**
     * Waits until every subscription of the socket hears a change. A subscription starts when the server has read it,
     * so one read after a probe was appended never hears that probe: probe again until each has heard one.
     */
    private void awaitLive(GraphQlSocket socket, List<String> ids, String creator) {
        java.util.Set<String> live = new java.util.HashSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (live.size() < ids.size()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("subscriptions " + ids + " not live after 30 s; live: " + live);
            }
            createLead(tokenFor(creator), "share-probe");
            long probeDeadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            JsonNode message;
            while (live.size() < ids.size()
                    && (message = socket.next(Duration.ofMillis(Math.max(1, (probeDeadline - System.nanoTime()) / 1_000_000)))) != null) {
                assertThat(message.path("type").asString()).as(message.toString()).isEqualTo("next");
                live.add(message.path("id").asString());
            }
        }
    }

    /** Every change each subscription hears, until each has heard this record's; fails after 20 s. */
    private static Map<String, List<JsonNode>> heardUntil(GraphQlSocket socket, List<String> ids, String recordId) {
        Map<String, List<JsonNode>> heard = new HashMap<>();
        ids.forEach(id -> heard.put(id, new ArrayList<>()));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (heard.values().stream().anyMatch(messages -> !recordIds(messages).contains(recordId))) {
            JsonNode message = socket.next(Duration.ofMillis(Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            if (message == null) {
                throw new AssertionError("not every subscription heard of " + recordId + "; heard " + heard);
            }
            assertThat(message.path("type").asString()).as(message.toString()).isEqualTo("next");
            assertThat(message.at("/payload/errors").isMissingNode()).as(message.toString()).isTrue();
            heard.get(message.path("id").asString()).add(message.at("/payload/data/changes"));
        }
        return heard;
    }

    private static List<String> recordIds(List<JsonNode> changes) {
        return changes.stream().map(change -> change.path("recordId").asString()).toList();
    }

    private static List<String> paths(List<JsonNode> changes, String recordId) {
        List<String> paths = new ArrayList<>();
        changes.stream().filter(change -> change.path("recordId").asString().equals(recordId))
                .forEach(change -> change.path("fields").forEach(field -> paths.add(field.path("path").asString())));
        return paths;
    }

    private final List<JsonNode> heardSoFar = new ArrayList<>();

    /** Reads messages until the change of this record arrives; fails after 20 s. */
    private JsonNode awaitChange(GraphQlSocket socket, String recordId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode message = socket.next(Duration.ofSeconds(1));
            if (message == null) {
                continue;
            }
            assertThat(message.path("type").asString()).as(message.toString()).isEqualTo("next");
            assertThat(message.at("/payload/errors").isMissingNode()).as(message.toString()).isTrue();
            heardSoFar.add(message);
            if (message.at("/payload/data/changes/recordId").asString().equals(recordId)) {
                return message;
            }
        }
        throw new AssertionError("no change of " + recordId + " heard; heard " + heardSoFar);
    }

    private String lastSequence(String token) {
        String last = "0";
        String after = null;
        boolean more = true;
        while (more) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonNode page = http.graphql(token, "query($after: String) { changes(first: 100, after: $after) { edges { node { sequence } } "
                    + "pageInfo { hasNextPage endCursor } } }", variables).at("/data/changes");
            for (JsonNode edge : page.path("edges")) {
                last = edge.at("/node/sequence").asString();
            }
            more = page.at("/pageInfo/hasNextPage").asBoolean();
            after = page.at("/pageInfo/endCursor").asString();
        }
        return last;
    }

    private String createLead(String token, String key) {
        return http.payload(token, CREATE, Map.of("input", Map.of("idempotencyKey", key + "-" + System.nanoTime(),
                "contact", Map.of("name", "Sub " + key, "email", key + "@example.com"),
                "address", Map.of("country", "IT", "region", "Lazio")))).at("/lead/id").asString();
    }
}
