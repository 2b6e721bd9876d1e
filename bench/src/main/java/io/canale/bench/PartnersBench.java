package io.canale.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.canale.CanaleApplication;
import io.canale.security.PartnerSystemClients;
import io.canale.shared.PartnerType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partners connection through the whole stack (HTTP, token check, GraphQL, access policy, MongoDB)
 * against the raw MongoDB driver reading the same page from the same store, at 1 and 20 concurrent
 * clients; and MongoDB commands per request for page sizes 1 and 100. Figures are ratios from one run.
 *
 * <p>Run: {@code ./mvnw -q -pl bench -am -DskipTests install && ./mvnw -q -pl bench exec:java}
 * ({@code -Dbench.requests=N} per client, default 400).
 */
public final class PartnersBench {

    static final String PAGE_QUERY = "query($first: Int!) { partners(first: $first) { edges { cursor node { id name "
            + "type tier active territory { countries regions } contacts { name email phone role } "
            + "audit { createdAt createdBy updatedAt updatedBy } version } } pageInfo { hasNextPage endCursor } } }";
    static final AtomicLong COMMANDS = new AtomicLong();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private PartnersBench() {
    }

    public static void main(String[] args) throws Exception {
        int requests = Integer.getInteger("bench.requests", 400);
        SpringApplication app = new SpringApplication(CanaleApplication.class);
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("benchCommandCounter",
                (MongoClientSettingsBuilderCustomizer) settings -> settings.addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        COMMANDS.incrementAndGet();
                    }
                })));
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--spring.profiles.active=demo",
                "--canale.embedded.in-memory=true", "--logging.level.root=warn", "--canale.graphql.limits.max-cost=100000")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String base = "http://localhost:" + port;
            // A staff system client so that the page holds 50 partners in full.
            context.getBean(PartnerSystemClients.class).ensure("bench-staff-system", "Benchmark", "ptn_canale",
                    PartnerType.MANUFACTURER, "bench-secret");
            String token = token(base);
            String connection = context.getBean(MongoConnectionDetails.class).getConnectionString().getConnectionString();
            try (MongoClient raw = MongoClients.create(connection)) {
                MongoCollection<Document> partners = raw.getDatabase("canale").getCollection("partners");
                HttpClient http = HttpClient.newHttpClient();
                Callable<Integer> api = () -> apiPage(http, base, token, 50);
                Callable<Integer> driver = () -> rawPage(partners, 50);
                check(api.call(), driver.call());
                warmUp(api, driver, requests);

                System.out.println();
                System.out.println("Canale benchmark: partners connection, page of 50 with nested fields, embedded store");
                System.out.printf(Locale.ROOT, "%-10s %-8s %10s %10s %10s %10s %9s %9s%n", "clients", "requests",
                        "api p50", "api p99", "raw p50", "raw p99", "p50 ratio", "p99 ratio");
                for (int clients : new int[] {1, 20}) {
                    List<Long> apiTimes = measure(api, clients, requests);
                    List<Long> rawTimes = measure(driver, clients, requests);
                    System.out.printf(Locale.ROOT, "%-10d %-8d %8.2fms %8.2fms %8.2fms %8.2fms %8.1fx %8.1fx%n", clients,
                            clients * requests, ms(p(apiTimes, 50)), ms(p(apiTimes, 99)), ms(p(rawTimes, 50)),
                            ms(p(rawTimes, 99)), (double) p(apiTimes, 50) / p(rawTimes, 50),
                            (double) p(apiTimes, 99) / p(rawTimes, 99));
                }
                System.out.println();
                for (int size : new int[] {1, 100}) {
                    long before = COMMANDS.get();
                    int rows = apiPage(http, base, token, size);
                    System.out.printf(Locale.ROOT, "MongoDB commands per request, page size %3d (%3d rows): %d%n", size,
                            rows, COMMANDS.get() - before);
                }
            }
        }
        System.exit(0);
    }

    private static int apiPage(HttpClient http, String base, String token, int first) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("query", PAGE_QUERY, "variables", java.util.Map.of("first", first)));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = JSON.readTree(response.body());
        if (json.has("errors")) {
            throw new IllegalStateException(response.body());
        }
        return json.at("/data/partners/edges").size();
    }

    /** What a hand-written endpoint would do at least: the same sorted page, every field read. */
    private static int rawPage(MongoCollection<Document> partners, int first) {
        List<Document> page = partners.find().sort(new Document("name", 1).append("_id", 1)).limit(first + 1)
                .into(new ArrayList<>());
        int fields = 0;
        for (Document partner : page.subList(0, Math.min(first, page.size()))) {
            fields += partner.size();
        }
        return fields > 0 ? Math.min(first, page.size()) : 0;
    }

    private static void check(int apiRows, int rawRows) {
        if (apiRows != rawRows) {
            throw new IllegalStateException("API returned " + apiRows + " rows, raw driver " + rawRows);
        }
    }

    private static void warmUp(Callable<Integer> api, Callable<Integer> driver, int requests) throws Exception {
        for (int i = 0; i < requests; i++) {
            api.call();
            driver.call();
        }
    }

    private static List<Long> measure(Callable<Integer> task, int clients, int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    List<Long> times = new ArrayList<>(requests);
                    for (int i = 0; i < requests; i++) {
                        long start = System.nanoTime();
                        task.call();
                        times.add(System.nanoTime() - start);
                    }
                    return times;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> future : futures) {
                all.addAll(future.get());
            }
            Collections.sort(all);
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long p(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static String token(String base) throws Exception {
        String basic = Base64.getEncoder().encodeToString("bench-staff-system:bench-secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("access_token").asString();
    }
}
