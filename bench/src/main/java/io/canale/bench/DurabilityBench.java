package io.canale.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.canale.CanaleApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
 * What durable acknowledgement costs on the file-backed embedded store, in one run: for each
 * {@code canale.embedded.commit} mode (background = the store's own commit about once a second, after the
 * answer; write = committed to the file before the answer; sync = committed and fsynced before the answer,
 * the default) a fresh backend on a fresh data directory, then single-document inserts through the raw
 * driver and lead creates through the API ({@code createLead} by a dealer's system), each from 1 and from
 * 16 concurrent clients, in writes per second. The modes run in turn in one JVM, {@code bench.rounds} times
 * (default 3); the first round only warms up, the table shows the best figure of the others.
 *
 * <p>Run: {@code ./mvnw -q -pl bench -am -DskipTests -Pbench package -Dbench.main=io.canale.bench.DurabilityBench}
 * ({@code -Dbench.inserts=N} per client, default 500; {@code -Dbench.creates=N} per client, default 100).
 */
public final class DurabilityBench {

    static final String CREATE = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } "
            + "userErrors { code } } }";
    static final String[] MODES = {"background", "write", "sync"};
    static final int[] CLIENTS = {1, 16};
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify");
    /** Write commands the backend sends, to tell how many commits one create waits for. */
    static final AtomicLong BACKEND_WRITES = new AtomicLong();

    public static void main(String[] args) throws Exception {
        int inserts = Integer.getInteger("bench.inserts", 500);
        int creates = Integer.getInteger("bench.creates", 100);
        int rounds = Math.max(2, Integer.getInteger("bench.rounds", 3));
        Path root = Files.createTempDirectory("canale-durability-bench");
        Map<String, double[]> rates = new LinkedHashMap<>();
        // Every round starts each mode afresh. The first round warms the JIT up and does not count; of the
        // others each figure keeps its best, since whatever else runs on the machine only slows a round down.
        for (int round = 1; round <= rounds; round++) {
            for (String mode : MODES) {
                double[] measured = measure(mode, root.resolve(mode + "-" + round), inserts, creates);
                if (round > 1) {
                    double[] best = rates.computeIfAbsent(mode, m -> new double[measured.length]);
                    for (int i = 0; i < measured.length; i++) {
                        best[i] = Math.max(best[i], measured[i]);
                    }
                }
            }
        }

        double fsyncMillis = fsyncMillis(root);
        System.out.println();
        System.out.println("Durability on the embedded file store, " + Runtime.getRuntime().availableProcessors()
                + " cores, data under " + root + " (" + inserts + " driver inserts and " + creates
                + " API creates per client; best of rounds 2 to " + rounds + ")");
        System.out.printf(Locale.ROOT, "%-11s %14s %14s %14s %14s%n", "commit", "driver 1", "driver 16", "API 1", "API 16");
        for (var row : rates.entrySet()) {
            double[] r = row.getValue();
            System.out.printf(Locale.ROOT, "%-11s %12.0f/s %12.0f/s %12.0f/s %12.0f/s%n", row.getKey(), r[0], r[1], r[2], r[3]);
        }
        System.out.printf(Locale.ROOT, "(a 4 KiB write plus fsync on this disk takes %.2f ms: at most %.0f commits/s)%n",
                fsyncMillis, 1000 / fsyncMillis);
        double[] background = rates.get("background");
        for (String mode : new String[] {"write", "sync"}) {
            double[] r = rates.get(mode);
            System.out.printf(Locale.ROOT, "%-11s %13.2fx %13.2fx %13.2fx %13.2fx%n", mode + "/bg", r[0] / background[0],
                    r[1] / background[1], r[2] / background[2], r[3] / background[3]);
        }
        System.exit(0);
    }

    /** Driver inserts/s and API creates/s at 1 and 16 clients, on a backend started in this commit mode. */
    private static double[] measure(String mode, Path dataDir, int inserts, int creates) throws Exception {
        SpringApplication app = new SpringApplication(CanaleApplication.class);
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("benchWriteCounter",
                (MongoClientSettingsBuilderCustomizer) settings -> settings.addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        if (WRITES.contains(event.getCommandName())) {
                            BACKEND_WRITES.incrementAndGet();
                        }
                    }
                })));
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--spring.profiles.active=demo",
                "--canale.embedded.data-dir=" + dataDir, "--canale.embedded.commit=" + mode, "--logging.level.root=warn")) {
            String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            String token = token(base);
            String connection = context.getBean(MongoConnectionDetails.class).getConnectionString().getConnectionString();
            try (MongoClient client = MongoClients.create(connection)) {
                MongoCollection<Document> target = client.getDatabase("canale").getCollection("bench_durability");
                HttpClient http = HttpClient.newHttpClient();
                AtomicInteger sequence = new AtomicInteger();
                Runnable insert = () -> target.insertOne(new Document("_id", "w-" + sequence.incrementAndGet())
                        .append("name", "Cliente").append("email", "c@example.com").append("at", new java.util.Date()));
                Runnable create = () -> createLead(http, base, token, "d-" + sequence.incrementAndGet());
                rate(insert, 4, inserts / 2);   // warm-up
                rate(create, 4, creates / 2);
                long writesBefore = BACKEND_WRITES.get();
                create.run();
                long writesPerCreate = BACKEND_WRITES.get() - writesBefore;
                double[] result = new double[4];
                for (int i = 0; i < CLIENTS.length; i++) {
                    result[i] = rate(insert, CLIENTS[i], inserts);
                    result[2 + i] = rate(create, CLIENTS[i], creates);
                }
                System.out.printf(Locale.ROOT, "%s: driver %.0f/s and %.0f/s, API %.0f/s and %.0f/s (1 and 16 clients); "
                        + "one create = %d write commands of the backend%n", mode, result[0], result[1], result[2], result[3],
                        writesPerCreate);
                return result;
            }
        }
    }

    /** Median time of appending 4 KiB to a file and forcing it to the disk, what one commit costs at least. */
    private static double fsyncMillis(Path dir) throws IOException {
        Path file = dir.resolve("fsync.probe");
        List<Long> times = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            for (int i = 0; i < 200; i++) {
                long start = System.nanoTime();
                channel.write(ByteBuffer.allocate(4096));
                channel.force(true);
                times.add(System.nanoTime() - start);
            }
        } finally {
            Files.deleteIfExists(file);
        }
        times.sort(null);
        return times.get(times.size() / 2) / 1e6;
    }

    /** Runs {@code perClient} calls on each of {@code clients} threads; answers calls per second overall. */
    private static double rate(Runnable call, int clients, int perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        call.run();
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
            return clients * perClient / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void createLead(HttpClient http, String base, String token, String key) {
        Map<String, Object> input = Map.of("idempotencyKey", key,
                "contact", Map.of("name", "Cliente " + key, "email", key + "@example.com"),
                "address", Map.of("country", "IT", "region", "Lazio"));
        String body = JSON.writeValueAsString(Map.of("query", CREATE, "variables", Map.of("input", input)));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode lead = JSON.readTree(response.body()).at("/data/createLead/lead/id");
            if (lead.isMissingNode() || lead.isNull()) {
                throw new IllegalStateException("createLead failed: " + response.body());
            }
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** A dealer's system, as the demo profile registers it. */
    private static String token(String base) throws Exception {
        String basic = Base64.getEncoder().encodeToString("dealer-system:canale-demo-secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("access_token").asString();
    }
}
