package io.canale.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.canale.CanaleApplication;
import io.canale.identity.PartnerSystemClients;
import io.canale.shared.PartnerType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The default embedded store (file-backed, every write committed and fsynced before its answer) at growing sizes: for
 * each size a fresh data directory, filled with that many leads through the bulk path (CSV imports of at most 100,000
 * rows each), then the backend is stopped and started again on it, and the bench prints the time to start, the heap
 * after start (after a full GC), the data directory's size, and the leads page of 50 (newest first, every field, a staff
 * system) through the API and read by the driver, p50 and p99.
 *
 * <p>Run: {@code ./mvnw -q -pl bench -am -DskipTests -Pbench package -Dbench.main=io.canale.bench.ScaleBench}
 * ({@code -Dbench.scaleSizes=10000,100000,1000000}, default 10000,100000; {@code -Dbench.scaleRequests=N} pages per size,
 * default 50; {@code -Dbench.scaleFilledDir=DIR} measures a data directory an earlier run filled, for one size).
 */
public final class ScaleBench {

    static final int ROWS_PER_FILE = 100_000;

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Stream.of(System.getProperty("bench.scaleSizes", "10000,100000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        int requests = Integer.getInteger("bench.scaleRequests", 50);
        Path root = Files.createTempDirectory("canale-scale-bench");
        List<String> rows = new ArrayList<>();
        String filled = System.getProperty("bench.scaleFilledDir"); // a data directory an earlier run filled: measure only
        for (int size : sizes) {
            Path dataDir = filled != null ? Path.of(filled) : root.resolve("leads-" + size);
            double importSeconds = filled != null ? Double.NaN : fill(dataDir, size);
            rows.add(measure(dataDir, size, requests, importSeconds));
            System.out.println(rows.getLast());
        }
        System.out.println();
        System.out.println("Embedded file store (commit sync), " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + requests + " pages of 50 leads per size, data under " + root);
        System.out.printf(Locale.ROOT, "%-10s %12s %10s %12s %10s %12s %12s %12s %12s%n", "leads", "import", "start",
                "heap", "data dir", "API p50", "API p99", "raw p50", "raw p99");
        rows.forEach(System.out::println);
        System.exit(0);
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplication(CanaleApplication.class).run("--server.port=0", "--spring.profiles.active=demo",
                "--canale.embedded.data-dir=" + dataDir, "--logging.level.root=warn",
                "--canale.graphql.budget.clients[bench-staff-system].capacity=1000000000",
                "--canale.graphql.budget.clients[bench-staff-system].restore-per-second=1000000000");
    }

    /** A fresh store with {@code size} leads imported through CSV uploads; answers the seconds the imports took. */
    private static double fill(Path dataDir, int size) throws Exception {
        try (ConfigurableApplicationContext context = start(dataDir)) {
            String base = base(context);
            context.getBean(PartnerSystemClients.class).ensure("bench-staff-system", "Benchmark", "ptn_canale",
                    PartnerType.MANUFACTURER, "bench-secret");
            HttpClient http = HttpClient.newHttpClient();
            long start = System.nanoTime();
            for (int from = 0; from < size; from += ROWS_PER_FILE) {
                String job = upload(http, base, CanaleBench.token(base, "bench-staff-system", "bench-secret"),
                        csv(from, Math.min(size, from + ROWS_PER_FILE)));
                String status;
                do {
                    Thread.sleep(1_000); // polling a job in a benchmark harness, not a test
                    // a fresh token each time: an import on the file store outlives an access token
                    String token = CanaleBench.token(base, "bench-staff-system", "bench-secret");
                    status = graphql(http, base, token, "query($id: ID!) { leadImport(id: $id) { status } }", Map.of("id", job))
                            .at("/data/leadImport/status").asString();
                } while (!status.equals("COMPLETED") && !status.equals("FAILED"));
                if (status.equals("FAILED")) {
                    throw new IllegalStateException("import of rows " + from + " failed");
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%,d leads imported in %.1f s (%,.0f rows/s)%n", size, seconds, size / seconds);
            // The change feed has every lead before the backend stops, so that the restart measures a settled store.
            String connection = context.getBean(MongoConnectionDetails.class).getConnectionString().getConnectionString();
            try (MongoClient client = MongoClients.create(connection)) {
                MongoCollection<Document> leads = client.getDatabase("canale").getCollection("leads");
                MongoCollection<Document> staged = client.getDatabase("canale").getCollection("change_staging");
                while (leads.countDocuments(com.mongodb.client.model.Filters.exists("_changes.id")) > 0 || staged.countDocuments() > 0) {
                    Thread.sleep(1_000);
                }
            }
            System.out.printf(Locale.ROOT, "and relayed to the change feed after %.1f s%n", (System.nanoTime() - start) / 1e9);
            return seconds;
        }
    }

    /** Starts the backend again on the filled store and measures it. */
    private static String measure(Path dataDir, int size, int requests, double importSeconds) throws Exception {
        System.gc();
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = start(dataDir)) {
            double startSeconds = (System.nanoTime() - start) / 1e9;
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long heap = memory.getHeapMemoryUsage().getUsed();
            long dataBytes;
            try (Stream<Path> files = Files.walk(dataDir)) {
                dataBytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
            }
            String base = base(context);
            String token = CanaleBench.token(base, "bench-staff-system", "bench-secret");
            HttpClient http = HttpClient.newHttpClient();
            String connection = context.getBean(MongoConnectionDetails.class).getConnectionString().getConnectionString();
            try (MongoClient client = MongoClients.create(connection)) {
                MongoCollection<Document> leads = client.getDatabase("canale").getCollection("leads");
                long stored = leads.estimatedDocumentCount();
                Callable<Integer> api = () -> graphql(http, base, token, CanaleBench.LEADS, Map.of("first", 50))
                        .at("/data/leads/edges").size();
                Callable<Integer> raw = () -> CanaleBench.rawPage(leads, new Document("receivedAt", -1).append("_id", -1), 50);
                if (api.call() != 50 || raw.call() != 50) {
                    throw new IllegalStateException("a page of 50 leads expected; the store holds " + stored);
                }
                List<Long> apiTimes = CanaleBench.measure(api, 1, requests);
                List<Long> rawTimes = CanaleBench.measure(raw, 1, requests);
                return String.format(Locale.ROOT, "%-10s %10.1f s %8.1f s %9.0f MB %7.0f MB %10.1f ms %10.1f ms %10.1f ms %10.1f ms",
                        String.format(Locale.ROOT, "%,d", stored), importSeconds, startSeconds, heap / 1048576.0,
                        dataBytes / 1048576.0, CanaleBench.ms(CanaleBench.p(apiTimes, 50)), CanaleBench.ms(CanaleBench.p(apiTimes, 99)),
                        CanaleBench.ms(CanaleBench.p(rawTimes, 50)), CanaleBench.ms(CanaleBench.p(rawTimes, 99)));
            }
        }
    }

    private static byte[] csv(int from, int to) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder("name,email,phone,company,country,region,postal_code,product_line\n");
        for (int i = from; i < to; i++) {
            csv.append("Cliente ").append(i).append(",c").append(i).append('-').append(tag).append("@example.com,,,IT,Lazio,001")
                    .append(i % 100).append(",Auto\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static String upload(HttpClient http, String base, String token, byte[] csv) throws IOException, InterruptedException {
        String boundary = "bench-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scale.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(csv);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/imports/leads"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        String id = CanaleBench.JSON.readTree(response.body()).path("id").asString();
        if (id.isEmpty()) {
            throw new IllegalStateException("upload refused: " + response.statusCode() + " " + response.body());
        }
        return id;
    }

    private static JsonNode graphql(HttpClient http, String base, String token, String query, Map<String, Object> variables)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CanaleBench.JSON.writeValueAsString(Map.of("query", query, "variables", variables))))
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = CanaleBench.JSON.readTree(response.body());
        if (response.statusCode() != 200 || json.has("errors")) {
            throw new IllegalStateException(response.body());
        }
        return json;
    }
}
