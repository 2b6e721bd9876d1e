package io.canale.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.canale.change.ReadableChanges;
import io.canale.identity.PartnerStatusLookup;
import io.canale.identity.SealedSecrets;
import io.canale.security.StoredCaller;
import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import io.canale.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks end to end with real tokens and a receiver on the loopback address (allowed in the tests' settings):
 * registration refuses unsafe URLs with typed errors, a delivery carries the change as JSON signed per Standard
 * Webhooks (checked here with the JDK's Mac, not the code under test), an endpoint never receives another partner's
 * changes, failed deliveries follow the retry schedule on the test clock until the dead letter, a rotated secret keeps
 * signing beside the new one, a replay delivers again, and a node leaves an endpoint another node leased alone until
 * the lease ends.
 */
class WebhookDeliveryTests extends IntegrationTestBase {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String REGISTER = "mutation($input: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $input) { "
            + "webhookEndpoint { id status recordTypes deliveredThrough } secret userErrors { field code message } } }";
    static final String ENDPOINT = "query($id: ID!) { webhookEndpoint(id: $id) { id status deliveredThrough failures nextAttemptAt "
            + "previousSecretExpiresAt deliveries { sequence at attempt statusCode error durationMillis succeeded } } }";
    static final String ROTATE = "mutation($id: ID!) { rotateWebhookSecret(input: {id: $id}) { webhookEndpoint { id "
            + "previousSecretExpiresAt } secret userErrors { field code message } } }";
    static final String ENABLE = "mutation($id: ID!) { enableWebhookEndpoint(input: {id: $id}) { webhookEndpoint { status failures } "
            + "userErrors { field code message } } }";
    static final String DISABLE = "mutation($id: ID!) { disableWebhookEndpoint(input: {id: $id}) { webhookEndpoint { status } "
            + "userErrors { field code message } } }";
    static final String DELETE = "mutation($id: ID!) { deleteWebhookEndpoint(input: {id: $id}) { webhookEndpoint { id } "
            + "userErrors { field code message } } }";
    static final String REPLAY = "mutation($id: ID!, $from: String!) { replayWebhookDeliveries(input: {id: $id, fromSequence: $from}) { "
            + "webhookEndpoint { status deliveredThrough } userErrors { field code message } } }";
    static final String OPEN = "mutation($input: OpenServiceCaseInput!) { openServiceCase(input: $input) { serviceCase { id } "
            + "userErrors { field code message } } }";

    @Autowired
    MutableClock clock;

    @Autowired
    MongoOperations mongo;

    @Autowired
    ReadableChanges changes;

    @Autowired
    WebhookSender sender;

    @Autowired
    SealedSecrets sealed;

    @Autowired
    WebhookProperties properties;

    @Autowired
    PartnerStatusLookup partners;

    private final List<WebhookReceiver> receivers = new ArrayList<>();
    private final List<String[]> registered = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        registered.forEach(endpoint -> http.payload(tokenFor(endpoint[1]), DELETE, Map.of("id", endpoint[0])));
        receivers.forEach(WebhookReceiver::close);
    }

    @Test
    void registration_refuses_unsafe_urls_and_callers_that_may_not_manage_webhooks() {
        String dealer = tokenFor("dealer@canale.demo");
        for (String url : List.of("https://10.0.0.1/hook", "https://localhost/hook", "https://127.0.0.2/hook",
                "https://169.254.169.254/latest/meta-data/", "https://[::1]/hook", "https://[fc00::1]/hook")) {
            JsonNode errors = http.userErrors(dealer, REGISTER, input(url, List.of("LEAD")));
            assertThat(errors.toString()).as(url).contains("\"field\":[\"input\",\"url\"]").contains("\"code\":\"NOT_ALLOWED\"");
        }
        for (String url : List.of("ftp://hooks.example.com/x", "http://hooks.example.com/x", "https://u:p@hooks.example.com/x", "::")) {
            assertThat(http.userErrors(dealer, REGISTER, input(url, List.of("LEAD"))).toString()).as(url)
                    .contains("\"field\":[\"input\",\"url\"]").contains("\"code\":\"INVALID\"");
        }
        assertThat(http.userErrors(dealer, REGISTER, input("http://127.0.0.1:9/hook", List.of())).toString())
                .contains("\"field\":[\"input\",\"recordTypes\"]").contains("REQUIRED");
        http.expectError("FORBIDDEN", tokenFor("dealer-system"), REGISTER, input("http://127.0.0.1:9/hook", List.of("LEAD")));

        String id = register("dealer@canale.demo", "http://127.0.0.1:9/hook", List.of("LEAD"))[0];
        String other = tokenFor("dealer2@canale.demo");
        assertThat(http.graphql(other, ENDPOINT, Map.of("id", id)).at("/data/webhookEndpoint").isNull()).isTrue();
        assertThat(http.userErrors(other, DISABLE, Map.of("id", id)).toString()).contains("NOT_FOUND");
        assertThat(http.graphql(other, "{ webhookEndpoints { id } }").toString()).doesNotContain(id);
        http.expectError("NOT_FOUND", other, "{ webhookEndpoints(partnerId: \"ptn_rossi_auto\") { id } }");
        assertThat(http.graphql(tokenFor("staff@canale.demo"), "{ webhookEndpoints(partnerId: \"ptn_rossi_auto\") { id } }")
                .toString()).contains(id);
    }

    @Test
    void each_endpoint_tells_its_admin_what_may_be_done_now_and_the_mutations_hold_to_it() {
        String dealer = tokenFor("dealer@canale.demo");
        String id = register("dealer@canale.demo", "http://127.0.0.1:9/hook", List.of("LEAD"))[0];
        String viewerCan = "query($id: ID!) { webhookEndpoint(id: $id) { status viewerCan { rotateSecret disable enable delete replay } } }";
        assertThat(http.graphql(dealer, viewerCan, Map.of("id", id)).at("/data/webhookEndpoint/viewerCan").toString())
                .isEqualTo("{\"rotateSecret\":true,\"disable\":true,\"enable\":false,\"delete\":true,\"replay\":true}");
        assertThat(http.userErrors(dealer, ENABLE, Map.of("id", id)).toString()).contains("ILLEGAL_STATE");

        assertThat(http.payload(dealer, DISABLE, Map.of("id", id)).at("/webhookEndpoint/status").asString()).isEqualTo("DISABLED");
        assertThat(http.graphql(dealer, viewerCan, Map.of("id", id)).at("/data/webhookEndpoint/viewerCan").toString())
                .isEqualTo("{\"rotateSecret\":true,\"disable\":false,\"enable\":true,\"delete\":true,\"replay\":true}");
        assertThat(http.userErrors(dealer, DISABLE, Map.of("id", id)).toString()).contains("ILLEGAL_STATE");
        assertThat(http.payload(dealer, ENABLE, Map.of("id", id)).at("/webhookEndpoint/status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void a_delivery_is_signed_per_standard_webhooks_and_no_endpoint_receives_another_partner_s_changes() throws Exception {
        WebhookReceiver rossi = receiver();
        WebhookReceiver bianchi = receiver();
        String[] rossis = register("dealer@canale.demo", rossi.url(), List.of("SERVICE_CASE"));
        String[] bianchis = register("dealer2@canale.demo", bianchi.url(), List.of("SERVICE_CASE", "LEAD", "ORDER"));

        String rossiCase = openCase("dealer@canale.demo", "Webhook battery");
        String bianchiCase = openCase("dealer2@canale.demo", "Webhook brakes");
        await().atMost(PATIENCE).until(() -> !rossi.about(rossiCase).isEmpty() && !bianchi.about(bianchiCase).isEmpty());

        WebhookReceiver.Received delivery = rossi.about(rossiCase).getFirst();
        assertThat(verifies(rossis[2], delivery)).isTrue();
        assertThat(delivery.contentType()).startsWith("application/json");
        JsonNode change = Http.JSON.readTree(delivery.body());
        assertThat(change.path("sequence").asString()).isEqualTo(delivery.id());
        assertThat(change.path("recordType").asString()).isEqualTo("SERVICE_CASE");
        assertThat(change.path("changeType").asString()).isEqualTo("CREATED");
        assertThat(change.path("actor").path("kind").asString()).isEqualTo("PERSON");
        assertThat(change.path("fields").findValuesAsString("path")).contains("subject");
        assertThat(change.toString()).contains("Webhook battery");
        assertThat(verifies(bianchis[2], bianchi.about(bianchiCase).getFirst())).isTrue();
        assertThat(verifies(bianchis[2], delivery)).as("another endpoint's secret does not verify").isFalse();

        // Each endpoint is done with both changes, and received only its own partner's.
        long last = Math.max(Long.parseLong(delivery.id()), Long.parseLong(bianchi.about(bianchiCase).getFirst().id()));
        await().atMost(PATIENCE).until(() -> deliveredThrough(rossis) >= last && deliveredThrough(bianchis) >= last);
        assertThat(bianchi.about(rossiCase)).isEmpty();
        assertThat(rossi.about(bianchiCase)).isEmpty();
        assertThat(bianchi.received()).allSatisfy(request -> assertThat(request.body()).doesNotContain("Webhook battery"));
    }

    @Test
    void failed_deliveries_back_off_on_schedule_then_stop_until_enabled() throws Exception {
        WebhookReceiver receiver = receiver();
        receiver.answer(503);
        String[] endpoint = register("dealer@canale.demo", receiver.url(), List.of("SERVICE_CASE"));
        String caseId = openCase("dealer@canale.demo", "Webhook retry");
        Duration moved = Duration.ZERO;
        try {
            List<Duration> schedule = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2));
            for (int attempt = 1; attempt <= 3; attempt++) {
                int expected = attempt;
                await().atMost(PATIENCE).until(() -> stored(endpoint).deliveries().size() == expected);
                WebhookEndpoint stored = stored(endpoint);
                WebhookEndpoint.Attempt failed = stored.deliveries().getLast();
                assertThat(failed.succeeded()).isFalse();
                assertThat(failed.statusCode()).isEqualTo(503);
                assertThat(failed.attempt()).isEqualTo(attempt);
                assertThat(stored.failures()).isEqualTo(attempt);
                assertThat(stored.status()).isEqualTo(WebhookEndpoint.Status.ACTIVE);
                Duration wait = Duration.between(failed.at(), stored.nextAttemptAt());
                Duration base = schedule.get(attempt - 1);
                assertThat(wait).isBetween(base, base.plus(base.dividedBy(5)));
                // Not before it is due.
                assertThat(receiver.about(caseId)).hasSize(attempt);
                Duration step = wait.plusSeconds(1);
                clock.advance(step);
                moved = moved.plus(step);
            }
            await().atMost(PATIENCE).until(() -> stored(endpoint).status() == WebhookEndpoint.Status.FAILING);
            assertThat(stored(endpoint).failures()).isEqualTo(4);
            assertThat(stored(endpoint).nextAttemptAt()).isNull();
        } finally {
            clock.advance(moved.negated());
        }
        List<WebhookReceiver.Received> attempts = receiver.about(caseId);
        assertThat(attempts).hasSize(4).extracting(WebhookReceiver.Received::id).containsOnly(attempts.getFirst().id());
        assertThat(attempts).extracting(WebhookReceiver.Received::signature).doesNotHaveDuplicates();
        assertThat(attempts).allSatisfy(request -> assertThat(verifies(endpoint[2], request)).isTrue());

        receiver.answer(200);
        JsonNode enabled = http.payload(tokenFor("dealer@canale.demo"), ENABLE, Map.of("id", endpoint[0]));
        assertThat(enabled.at("/webhookEndpoint/status").asString()).isEqualTo("ACTIVE");
        await().atMost(PATIENCE).until(() -> receiver.about(caseId).size() == 5);
        await().atMost(PATIENCE).until(() -> stored(endpoint).deliveries().getLast().succeeded());
        JsonNode shown = http.graphql(tokenFor("dealer@canale.demo"), ENDPOINT, Map.of("id", endpoint[0])).at("/data/webhookEndpoint");
        assertThat(shown.path("failures").asInt()).isZero();
        assertThat(shown.at("/deliveries/0/succeeded").asBoolean()).isTrue();
        assertThat(shown.at("/deliveries/0/statusCode").asInt()).isEqualTo(200);
        assertThat(shown.at("/deliveries/1/error").asString()).contains("503");
    }

    @Test
    void a_batch_is_delivered_in_order_and_its_progress_stored_with_fewer_writes_than_deliveries() throws Exception {
        WebhookReceiver receiver = receiver();
        String[] endpoint = register("dealer@canale.demo", receiver.url(), List.of("SERVICE_CASE"));
        String dealer = tokenFor("dealer@canale.demo");
        http.payload(dealer, DISABLE, Map.of("id", endpoint[0]));
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            cases.add(openCase("dealer@canale.demo", "Webhook batch " + i));
        }
        WebhookEndpoint waiting = stored(endpoint);
        await().atMost(PATIENCE).until(() -> changes.after(waiting.reader().caller(), waiting.recordTypes(), waiting.cursor(), 100)
                .changes().size() >= cases.size());

        http.payload(dealer, ENABLE, Map.of("id", endpoint[0]));
        long enabled = stored(endpoint).version();
        await().atMost(PATIENCE).until(() -> cases.stream().allMatch(id -> !receiver.about(id).isEmpty()));
        await().atMost(PATIENCE).until(() -> stored(endpoint).claimedBy() == null);

        List<Long> arrived = receiver.received().stream().map(request -> Long.parseLong(request.id())).toList();
        assertThat(arrived).as("sent in feed order").isSorted().doesNotHaveDuplicates();
        WebhookEndpoint done = stored(endpoint);
        assertThat(done.cursor()).isGreaterThanOrEqualTo(arrived.getLast());
        assertThat(done.deliveries()).extracting(WebhookEndpoint.Attempt::sequence)
                .containsSubsequence(arrived.stream().map(String::valueOf).toList());
        // The claim and the stored progress: one write per progress interval and at the end, not one per delivery.
        assertThat(done.version() - enabled).as("endpoint writes for %d deliveries", cases.size()).isLessThan(cases.size());
        assertThat(cases).allSatisfy(id -> assertThat(receiver.about(id)).hasSize(1));
    }

    @Test
    void a_rotated_secret_keeps_signing_beside_the_new_one() throws Exception {
        WebhookReceiver receiver = receiver();
        String[] endpoint = register("dealer@canale.demo", receiver.url(), List.of("SERVICE_CASE"));
        JsonNode rotated = http.payload(tokenFor("dealer@canale.demo"), ROTATE, Map.of("id", endpoint[0]));
        String newSecret = rotated.path("secret").asString();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(endpoint[2]);
        assertThat(Instant.parse(rotated.at("/webhookEndpoint/previousSecretExpiresAt").asString()))
                .isBetween(clock.instant().plus(Duration.ofHours(23)), clock.instant().plus(Duration.ofHours(25)));

        String caseId = openCase("dealer@canale.demo", "Webhook rotation");
        await().atMost(PATIENCE).until(() -> !receiver.about(caseId).isEmpty());
        WebhookReceiver.Received delivery = receiver.about(caseId).getFirst();
        assertThat(delivery.signature().split(" ")).hasSize(2);
        assertThat(verifies(endpoint[2], delivery)).as("the old secret").isTrue();
        assertThat(verifies(newSecret, delivery)).as("the new secret").isTrue();
    }

    @Test
    void a_replay_delivers_again_from_the_sequence_given() throws Exception {
        WebhookReceiver receiver = receiver();
        String[] endpoint = register("dealer@canale.demo", receiver.url(), List.of("SERVICE_CASE"));
        String caseId = openCase("dealer@canale.demo", "Webhook replay");
        await().atMost(PATIENCE).until(() -> !receiver.about(caseId).isEmpty());
        String sequence = receiver.about(caseId).getFirst().id();
        await().atMost(PATIENCE).until(() -> deliveredThrough(endpoint) >= Long.parseLong(sequence));

        String dealer = tokenFor("dealer@canale.demo");
        assertThat(http.userErrors(dealer, REPLAY, Map.of("id", endpoint[0], "from", "yesterday")).toString())
                .contains("\"field\":[\"input\",\"fromSequence\"]").contains("INVALID");
        JsonNode replayed = http.payload(dealer, REPLAY, Map.of("id", endpoint[0], "from", sequence));
        assertThat(replayed.at("/webhookEndpoint/deliveredThrough").asString()).isEqualTo(Long.toString(Long.parseLong(sequence) - 1));
        await().atMost(PATIENCE).until(() -> receiver.about(caseId).size() == 2);
        assertThat(receiver.about(caseId)).extracting(WebhookReceiver.Received::id).containsOnly(sequence);
        assertThat(verifies(endpoint[2], receiver.about(caseId).getLast())).isTrue();
    }

    @Test
    void an_endpoint_claimed_by_another_node_waits_for_that_node_s_lease_to_end() throws Exception {
        WebhookReceiver receiver = receiver();
        String[] endpoint = register("dealer@canale.demo", receiver.url(), List.of("SERVICE_CASE"));
        Instant leaseEnd = clock.instant().plus(Duration.ofMinutes(2));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(endpoint[0])),
                new Update().set("claimedBy", "node-elsewhere").set("leaseUntil", leaseEnd), WebhookEndpoint.class);
        String caseId = openCase("dealer@canale.demo", "Webhook lease");
        await().atMost(PATIENCE).until(() -> changes.head() > stored(endpoint).cursor());

        // A second node looks for work: the endpoint is behind and due, but leased.
        WebhookDispatcher secondNode = new WebhookDispatcher(mongo, changes, sender, sealed, partners, properties, clock);
        try {
            secondNode.tick();
            assertThat(stored(endpoint).claimedBy()).isEqualTo("node-elsewhere");
            assertThat(receiver.about(caseId)).isEmpty();
            Duration step = Duration.between(clock.instant(), leaseEnd).plusSeconds(1);
            clock.advance(step);
            try {
                secondNode.tick();
                await().atMost(PATIENCE).until(() -> receiver.about(caseId).size() == 1);
                await().atMost(PATIENCE).until(() -> stored(endpoint).claimedBy() == null);
            } finally {
                clock.advance(step.negated());
            }
        } finally {
            secondNode.destroy();
        }
        assertThat(receiver.about(caseId)).hasSize(1);
    }

    @Test
    void an_endpoint_of_a_partner_no_longer_active_receives_nothing() throws Exception {
        WebhookReceiver receiver = receiver();
        String[] template = register("dealer@canale.demo", receiver.url(), List.of("SERVICE_CASE"));
        // The same endpoint, as if its partner had been deactivated: it reads as Rossi's admin, but belongs to a
        // partner the directory no longer lists as active.
        WebhookEndpoint rossis = stored(template);
        StoredCaller reader = rossis.reader();
        WebhookEndpoint orphan = mongo.insert(new WebhookEndpoint("whk_inactive_partner_test", "ptn_deactivated", reader,
                rossis.url(), "", rossis.recordTypes(), WebhookEndpoint.Status.ACTIVE, rossis.secrets(), rossis.cursor(), 0,
                clock.instant(), null, null, List.of(), clock.instant(), "tests", 0));
        try {
            String caseId = openCase("dealer@canale.demo", "Webhook inactive partner");
            await().atMost(PATIENCE).until(() -> !receiver.about(caseId).isEmpty());
            await().atMost(PATIENCE).until(() -> mongo.findById(orphan.id(), WebhookEndpoint.class).nextAttemptAt()
                    .isAfter(clock.instant().plus(WebhookDispatcher.INACTIVE_PAUSE).minusSeconds(30)));
            WebhookEndpoint paused = mongo.findById(orphan.id(), WebhookEndpoint.class);
            assertThat(paused.cursor()).isEqualTo(orphan.cursor());
            assertThat(paused.deliveries()).isEmpty();
            assertThat(receiver.about(caseId)).as("only the active partner's endpoint").hasSize(1);
        } finally {
            mongo.remove(Query.query(Criteria.where("_id").is(orphan.id())), WebhookEndpoint.class);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /**
     * The Standard Webhooks check, written from the specification: the secret's bytes are the base64 after
     * {@code whsec_}; one of the space-separated {@code v1,} signatures must be the base64 HMAC-SHA256 of
     * {@code id.timestamp.body}.
     */
    static boolean verifies(String secret, WebhookReceiver.Received request) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((request.id() + "." + request.timestamp() + "." + request.body()).getBytes(StandardCharsets.UTF_8));
        for (String signature : request.signature().split(" ")) {
            String[] parts = signature.split(",", 2);
            if (parts[0].equals("v1") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                return true;
            }
        }
        return false;
    }

    private WebhookReceiver receiver() throws Exception {
        WebhookReceiver receiver = new WebhookReceiver();
        receivers.add(receiver);
        return receiver;
    }

    /** Registers an endpoint: its id, the login that owns it, its secret. */
    private String[] register(String login, String url, List<String> types) {
        JsonNode payload = http.payload(tokenFor(login), REGISTER, input(url, types));
        assertThat(payload.at("/webhookEndpoint/status").asString()).isEqualTo("ACTIVE");
        String secret = payload.path("secret").asString();
        assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=");
        String[] endpoint = {payload.at("/webhookEndpoint/id").asString(), login, secret};
        registered.add(endpoint);
        return endpoint;
    }

    private static Map<String, Object> input(String url, List<String> types) {
        return Map.of("input", Map.of("url", url, "recordTypes", types, "description", "tests"));
    }

    private String openCase(String login, String subject) {
        return http.payload(tokenFor(login), OPEN, Map.of("input", Map.of("type", "WARRANTY_CLAIM", "subject", subject,
                "productSku", "BAT-12V-070", "endCustomer", Map.of("name", "Laura Neri", "email", "laura.neri@example.com"))))
                .at("/serviceCase/id").asString();
    }

    private WebhookEndpoint stored(String[] endpoint) {
        return mongo.findById(endpoint[0], WebhookEndpoint.class);
    }

    private long deliveredThrough(String[] endpoint) {
        return stored(endpoint).cursor();
    }
}
