package io.canale.bench;

import com.sun.net.httpserver.HttpServer;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Change → webhook delivery: {@code bench.webhookEndpoints} endpoints (default 50) registered through the API by a
 * staff admin (signed in as a person, authorization code + PKCE, as the portal does) for lead changes, all pointing
 * at a JDK {@link HttpServer} in this process on 127.0.0.1 (the benchmark allows that host with
 * {@code canale.webhooks.allowed-hosts}); leads are created through the API at {@code bench.webhookChangesPerSecond}
 * (default 20) for {@code bench.seconds}. Each delivery's latency runs from the create request's start to the endpoint
 * receiving the POST; the API's create and the driver's {@code insertOne} of the same document are measured for
 * scale. The dispatcher runs with its defaults (one POST at a time per endpoint). The process's CPU time per delivery
 * is printed too: other load on the machine distorts it far less than the latencies.
 */
final class WebhookDeliveryBench {

    private static final String REGISTER = "mutation($input: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $input) "
            + "{ webhookEndpoint { id } userErrors { field code message } } }";
    private static final String DELETE = "mutation($id: ID!) { deleteWebhookEndpoint(input: { id: $id }) { userErrors { code } } }";
    private static final Pattern RECORD_ID = Pattern.compile("\"recordId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    /** The demo portal client and a demo staff admin (profile demo). */
    private static final String PORTAL = "canale-portal";
    private static final String PORTAL_SECRET = "canale-portal-demo-secret";
    private static final String PORTAL_REDIRECT = "http://127.0.0.1:8081/login/oauth2/code/canale";
    private static final String STAFF_ADMIN = "staff@canale.demo";
    private static final String DEMO_PASSWORD = "canale-demo";

    private final String base;
    private final LiveDeliveryBench creates;
    private final HttpClient http = HttpClient.newHttpClient();
    /** (endpoint, record id, nanoTime received), every delivery. */
    private final ConcurrentLinkedQueue<Object[]> received = new ConcurrentLinkedQueue<>();

    WebhookDeliveryBench(String base, LiveDeliveryBench creates) {
        this.base = base;
        this.creates = creates;
    }

    void run() throws Exception {
        int endpoints = Integer.getInteger("bench.webhookEndpoints", 50);
        int perSecond = Integer.getInteger("bench.webhookChangesPerSecond", 20);
        int seconds = Integer.getInteger("bench.seconds", 10);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        receiver.createContext("/hook/", exchange -> {
            long at = System.nanoTime();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher id = RECORD_ID.matcher(body);
            if (id.find()) {
                received.add(new Object[] {exchange.getRequestURI().getPath(), id.group(1), at});
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String admin = staffAdminToken();
        List<String> registered = new ArrayList<>();
        try {
            for (int i = 0; i < endpoints; i++) {
                String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook/" + i;
                var answer = graphql(admin, REGISTER, Map.of("input", Map.of("url", url, "recordTypes", List.of("LEAD"),
                        "description", "bench " + i)));
                String id = answer.at("/data/registerWebhookEndpoint/webhookEndpoint/id").asString(null);
                if (id == null) {
                    throw new IllegalStateException("registering a webhook endpoint failed: " + answer);
                }
                registered.add(id);
            }
            // Every endpoint is live once each has received the same warm-up change.
            String warmUp = creates.createAsync("webhook-warmup-" + System.nanoTime()).get(30, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (receivedOf(warmUp) < endpoints && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            long live = receivedOf(warmUp);
            received.clear();

            int changes = perSecond * seconds;
            long cpu = processCpu();
            Map<String, Long> sentAt = new ConcurrentHashMap<>();
            List<Long> createTimes = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch answered = new CountDownLatch(changes);
            ScheduledExecutorService pace = Executors.newScheduledThreadPool(2);
            long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
            AtomicInteger next = new AtomicInteger();
            long run = System.nanoTime();
            pace.scheduleAtFixedRate(() -> {
                int i = next.getAndIncrement();
                if (i >= changes) {
                    return;
                }
                long start = System.nanoTime();
                creates.createAsync("webhook-" + run + "-" + i).whenComplete((id, failure) -> {
                    if (id != null) {
                        sentAt.put(id, start);
                        createTimes.add(System.nanoTime() - start);
                    }
                    answered.countDown();
                });
            }, 0, period, TimeUnit.NANOSECONDS);
            answered.await(seconds * 10L + 60, TimeUnit.SECONDS);
            double achieved = changes / ((System.nanoTime() - run) / 1e9);
            pace.shutdownNow();
            long expected = (long) sentAt.size() * live;
            // The last deliveries: until all arrived, or nothing arrived for 10 s, or 120 s passed.
            long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            int seen = -1;
            long quietSince = System.nanoTime();
            while (System.nanoTime() < waitUntil && delivered(sentAt) < expected
                    && System.nanoTime() - quietSince < TimeUnit.SECONDS.toNanos(10)) {
                Thread.sleep(200);
                if (received.size() != seen) {
                    seen = received.size();
                    quietSince = System.nanoTime();
                }
            }
            double lastAfter = (System.nanoTime() - run) / 1e9;
            cpu = processCpu() - cpu;
            List<Long> delivery = new ArrayList<>();
            for (Object[] receipt : received) {
                Long start = sentAt.get((String) receipt[1]);
                if (start != null) {
                    delivery.add((Long) receipt[2] - start);
                }
            }
            Collections.sort(delivery);
            Collections.sort(createTimes);
            List<Long> inserts = creates.rawInserts(changes, period);
            System.out.println();
            System.out.printf(Locale.ROOT, "Webhook delivery: %d endpoints (%d live after warm-up), %d lead creates at %d/s asked (%.0f/s "
                    + "achieved), %,d deliveries of %,d expected within %.0f s of the first create%n", endpoints, live, sentAt.size(),
                    perSecond, achieved, delivery.size(), expected, lastAfter);
            LiveDeliveryBench.print("change -> webhook (request start to receipt)", delivery);
            System.out.printf(Locale.ROOT, "CPU of this process (server, embedded store, creates, receiver) while creating and delivering: "
                    + "%.1f s = %.0f us per delivery (creates included)%n", cpu / 1e9, delivery.isEmpty() ? 0 : cpu / 1e3 / delivery.size());
            LiveDeliveryBench.print("API createLead (request to answer)", createTimes);
            LiveDeliveryBench.print("driver insertOne of the same document", inserts);
            if (!delivery.isEmpty() && !inserts.isEmpty()) {
                System.out.printf(Locale.ROOT, "webhook delivery / raw write: p50 %.1fx, p99 %.1fx%n",
                        (double) CanaleBench.p(delivery, 50) / CanaleBench.p(inserts, 50),
                        (double) CanaleBench.p(delivery, 99) / CanaleBench.p(inserts, 99));
            }
        } finally {
            for (String id : registered) {
                graphql(admin, DELETE, Map.of("id", id));
            }
            receiver.stop(0);
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private long receivedOf(String recordId) {
        return received.stream().filter(receipt -> recordId.equals(receipt[1])).count();
    }

    private long delivered(Map<String, Long> sentAt) {
        return received.stream().filter(receipt -> sentAt.containsKey((String) receipt[1])).count();
    }

    private tools.jackson.databind.JsonNode graphql(String token, String query, Map<String, Object> variables) throws Exception {
        String body = CanaleBench.JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return CanaleBench.JSON.readTree(response.body());
    }

    /** A staff admin's access token: the portal's sign-in (authorization code + PKCE) through the login page. */
    private String staffAdminToken() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String verifier = "bench-" + UUID.randomUUID() + UUID.randomUUID();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = base + "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", PORTAL,
                "redirect_uri", PORTAL_REDIRECT, "scope", "openid partners:read partners:admin leads:read", "state", "bench",
                "code_challenge", challenge, "code_challenge_method", "S256"));
        browser.send(HttpRequest.newBuilder(URI.create(authorize)).GET().build(), HttpResponse.BodyHandlers.ofString());
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("login page without CSRF token");
        }
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                        form(Map.of("username", STAFF_ADMIN, "password", DEMO_PASSWORD, "_csrf", csrf.group(1))))).build(),
                HttpResponse.BodyHandlers.ofString());
        String next = signedIn.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> withCode = browser.send(HttpRequest.newBuilder(URI.create(next.startsWith("http") ? next : base + next))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(withCode.headers().firstValue("Location").orElseThrow());
        if (!code.find()) {
            throw new IllegalStateException("no authorization code for " + STAFF_ADMIN);
        }
        String basic = Base64.getEncoder().encodeToString((PORTAL + ":" + PORTAL_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "code",
                        URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), "redirect_uri", PORTAL_REDIRECT,
                        "code_verifier", verifier)))).build(), HttpResponse.BodyHandlers.ofString());
        return CanaleBench.JSON.readTree(tokens.body()).path("access_token").asString();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
