package io.canale.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.canale.CanaleApplication;
import io.canale.identity.PartnerSystemClients;
import io.canale.shared.PartnerType;
import java.io.ByteArrayOutputStream;
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
import java.util.Map;
import java.util.UUID;
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
 * Canale against the raw MongoDB driver on the same store, in one run: the partners and leads connections
 * through the whole stack (HTTP, token check, GraphQL, access policy, MongoDB) against the driver reading
 * the same page, at 1 and 20 concurrent clients, with MongoDB commands per request for page sizes 1 and
 * 100; and a 100,000-row CSV lead import against a driver {@code insertMany} of the same documents; service cases
 * ({@link ServiceCaseBench}); and, last, on the warm server, how fast each kind of abusive request is refused
 * ({@link RefusalTimings}).
 *
 * <p>Run: {@code ./mvnw -q -pl bench -am -DskipTests -Pbench package}
 * ({@code -Dbench.requests=N} per client, default 200; {@code -Dbench.importRows=N}, default 100000;
 * {@code -Dbench.refusals=N} per kind of refusal, default 200; {@code -Dbench.only=refusals}, {@code cases} or
 * {@code partners}, {@code live} (change → subscriber delivery, {@link LiveDeliveryBench}), {@code webhook} (change →
 * webhook delivery, {@link WebhookDeliveryBench}) or {@code connections} (commands per request of the other connections, {@link ConnectionCommands})
 * for that section alone; {@code -Dbench.profile=DIR} records the partners page with JFR and writes its summary there,
 * {@code -Dbench.profileRequests=N} requests, default 3000; see {@link ProfileSummary}).
 */
public final class CanaleBench {

    static final String PARTNERS = "query($first: Int!) { partners(first: $first) { edges { cursor node { id name "
            + "type tier active territory { countries regions } contacts { name email phone role } "
            + "audit { createdAt createdBy updatedAt updatedBy } version } } pageInfo { hasNextPage endCursor } } }";
    static final String LEADS = "query($first: Int!) { leads(first: $first) { edges { cursor node { id status source "
            + "contact { name email phone } company { name } address { country region postalCode } productLine acceptBy "
            + "dealer { id name } audit { createdAt createdBy } version } } pageInfo { hasNextPage endCursor } } }";
    static final String ORDERS = "query($first: Int!) { orders(first: $first) { edges { cursor node { id groupId status "
            + "dealer { id name } supplier { id name } lines { line sku quantity unitPrice { amount currency } } "
            + "total { amount currency } requestedDate deliveryAddress { city } audit { createdAt } version } } "
            + "pageInfo { hasNextPage endCursor } } }";
    static final String SUBMIT_MANY = "mutation($inputs: [SubmitOrderInput!]!) { submitOrders(inputs: $inputs) { results { "
            + "orders { id } userErrors { code } } userErrors { code } } }";
    static final String SUBMIT = "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { orders { id } userErrors { code } } }";
    static final AtomicLong COMMANDS = new AtomicLong();
    /** The commands of the latest requests, as "command collection" on the thread that sent them (ServiceCaseBench). */
    static final java.util.Queue<String> COMMAND_LOG = new java.util.concurrent.ConcurrentLinkedQueue<>();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();
    private final MongoDatabase raw;

    private CanaleBench(String base, String token, MongoDatabase raw) {
        this.base = base;
        this.token = token;
        this.raw = raw;
    }

    public static void main(String[] args) throws Exception {
        int requests = Integer.getInteger("bench.requests", 200);
        int importRows = Integer.getInteger("bench.importRows", 100_000);
        SpringApplication app = new SpringApplication(CanaleApplication.class);
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("benchCommandCounter",
                (MongoClientSettingsBuilderCustomizer) settings -> settings.addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        COMMANDS.incrementAndGet();
                        if (COMMAND_LOG.size() < 1_000) {
                            Object collection = event.getCommand().get(event.getCommandName());
                            COMMAND_LOG.add(Thread.currentThread().getName() + "|" + event.getCommandName()
                                    + (collection instanceof org.bson.BsonString name ? " " + name.getValue() : ""));
                        }
                    }
                })));
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--spring.profiles.active=demo",
                "--canale.embedded.in-memory=true", "--logging.level.root=warn",
                // Spring MVC notes each unreadable body (the malformed JSON of the refusal timings) at WARN.
                "--logging.level.org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver=error",
                // The staff client measures throughput, far beyond a partner system's budget; bench-budget-system has
                // a small one to be refused; everyone else has the defaults.
                "--canale.graphql.budget.clients[bench-staff-system].capacity=1000000000",
                "--canale.graphql.budget.clients[bench-staff-system].restore-per-second=1000000000",
                // 500 subscriptions on 50 connections of one staff system (LiveDeliveryBench). A run under load lasts
                // longer than the 5-minute access token, which closes the connections (4401); a real client renews it
                // in extensions.authorization, the bench takes a token that outlives the run instead.
                "--canale.graphql.websocket.connections-per-caller=1000", "--canale.auth.access-token-ttl=PT1H",
                // 50 webhook endpoints of the staff admin on a JDK HTTP server of this process (WebhookDeliveryBench).
                "--canale.webhooks.allowed-hosts=127.0.0.1", "--canale.webhooks.endpoints-per-partner=100",
                "--canale.graphql.budget.clients[bench-budget-system].capacity=1000",
                "--canale.graphql.budget.clients[bench-budget-system].restore-per-second=1")) {
            String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            // A staff system client, so that pages hold every partner and lead in full.
            context.getBean(PartnerSystemClients.class).ensure("bench-staff-system", "Benchmark", "ptn_canale",
                    PartnerType.MANUFACTURER, "bench-secret");
            String connection = context.getBean(MongoConnectionDetails.class).getConnectionString().getConnectionString();
            try (MongoClient client = MongoClients.create(connection)) {
                CanaleBench bench = new CanaleBench(base, token(base), client.getDatabase("canale"));
                System.out.println();
                System.out.println("Canale benchmark, embedded in-memory store, " + Runtime.getRuntime().availableProcessors() + " cores");
                String only = System.getProperty("bench.only", "");
                // -Dbench.only=cases: the service cases alone (ServiceCaseBench).
                if (only.equals("cases")) {
                    new ServiceCaseBench(bench, context, client.getDatabase("canale")).run(requests);
                    System.exit(0);
                }
                // -Dbench.only=partners: the partners page alone (API, plain JSON, driver), with its profile when
                // -Dbench.profile=DIR is given.
                if (only.equals("partners")) {
                    bench.partners(requests);
                    System.exit(0);
                }
                // -Dbench.only=live: change -> subscriber delivery alone (LiveDeliveryBench).
                if (only.equals("live")) {
                    new LiveDeliveryBench(base, bench.token, client.getDatabase("canale")).run();
                    System.exit(0);
                }
                // -Dbench.only=webhook: change -> webhook delivery alone (WebhookDeliveryBench).
                if (only.equals("webhook")) {
                    new WebhookDeliveryBench(base, new LiveDeliveryBench(base, bench.token, client.getDatabase("canale"))).run();
                    System.exit(0);
                }
                // -Dbench.only=connections: commands per request of the other connections alone, on the demo data.
                if (only.equals("connections")) {
                    new ConnectionCommands(bench, token(base, "dealer-system", "canale-demo-secret")).run();
                    System.exit(0);
                }
                // -Dbench.only=writes: the batched write paths alone (CSV import, order submission, stock feed), each
                // against the driver; run before and after a change back to back.
                // -Dbench.only=orders: order submission alone, one per call and many per call, against the driver.
                if (only.equals("orders")) {
                    bench.orderSubmissionVersusInserts(token(base, "dealer-system", "canale-demo-secret"), Integer.getInteger("bench.orders", 500));
                    System.exit(0);
                }
                if (only.equals("writes")) {
                    bench.writes(context, base, importRows);
                    System.exit(0);
                }
                // -Dbench.only=accrual: what accruing one delivered order costs as a partner's period fills up
                // (-Dbench.accrualLines=1000,10000 lines already in the period; -Dbench.accrualOrders=N timed, default 20).
                if (only.equals("accrual")) {
                    accrualCost(context);
                    System.exit(0);
                }
                // -Dbench.only=refusals: the refusal timings alone, for a quick look (their warm-up warms the server).
                if (!"refusals".equals(only)) {
                    bench.partners(requests);
                    // 1,000 leads to page through, before the big import: the embedded store has no secondary
                    // indexes, so sorting 100,000 leads per page would measure its full scans, not Canale.
                    bench.importVersusInsertMany(1_000, false);
                    bench.connection("leads", LEADS, bench.raw.getCollection("leads"),
                            new Document("receivedAt", -1).append("_id", -1), requests);
                    bench.importVersusInsertMany(importRows, true);
                    String dealerToken = token(base, "dealer-system", "canale-demo-secret");
                    bench.orderSubmissionVersusInserts(dealerToken, Integer.getInteger("bench.orders", 500));
                    bench.connection("orders", ORDERS, bench.raw.getCollection("orders"),
                            new Document("createdAt", -1).append("_id", -1), requests);
                    bench.stockFeed(context, base);
                    new ServiceCaseBench(bench, context, client.getDatabase("canale")).run(requests);
                    new ConnectionCommands(bench, token(base, "dealer-system", "canale-demo-secret")).run();
                }
                context.getBean(PartnerSystemClients.class).ensure("bench-budget-system", "Benchmark budget", "ptn_canale",
                        PartnerType.MANUFACTURER, "bench-secret");
                new RefusalTimings(base).run(bench.token, token(base, "bench-budget-system", "bench-secret"),
                        Integer.getInteger("bench.refusals", 200));
            }
        }
        System.exit(0);
    }

    /** The write paths alone: a warm-up import, the CSV import, order submission and the stock feed, each against the driver. */
    private void writes(ConfigurableApplicationContext context, String base, int importRows) throws Exception {
        importVersusInsertMany(1_000, false);
        importVersusInsertMany(importRows, true);
        orderSubmissionVersusInserts(token(base, "dealer-system", "canale-demo-secret"), Integer.getInteger("bench.orders", 500));
        stockFeed(context, base);
    }

    private void stockFeed(ConfigurableApplicationContext context, String base) throws Exception {
        context.getBean(PartnerSystemClients.class).ensure("bench-supplier-system", "Benchmark supplier",
                "ptn_ferri_componenti", PartnerType.SUPPLIER, "bench-secret");
        stockFeedVersusBulkWrite(context.getBean(io.canale.catalog.Catalog.class),
                token(base, "bench-supplier-system", "bench-secret"), 10_000);
    }

    /**
     * The partners page three ways: through the API, as plain JSON from a minimal Spring MVC endpoint with the same
     * token check ({@link PlainJsonPartners}), and read by the driver; then, with {@code -Dbench.profile=DIR}, a JFR
     * recording of API requests alone from one client ({@link ProfileSummary}).
     */
    private void partners(int requests) throws Exception {
        MongoCollection<Document> collection = raw.getCollection("partners");
        // The same page both ways: the same partners in the same order, the same fields of each.
        JsonNode viaGraphQl = graphql(PARTNERS, Map.of("first", 50)).at("/data/partners/edges");
        JsonNode viaPlainJson = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + PlainJsonPartners.PATH + "?first=50"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body()).path("edges");
        for (int i = 0; i < viaGraphQl.size(); i++) {
            JsonNode a = viaGraphQl.get(i).path("node");
            JsonNode b = viaPlainJson.path(i).path("node");
            if (!a.path("id").equals(b.path("id")) || !a.path("contacts").equals(b.path("contacts"))
                    || !a.path("territory").equals(b.path("territory")) || !a.propertyNames().equals(b.propertyNames())) {
                throw new IllegalStateException("partners: the plain JSON page differs from the API's at " + i + ": " + a + " / " + b);
            }
        }
        Callable<Integer> plain = () -> plainPage(50);
        connection("partners", PARTNERS, collection, new Document("name", 1).append("_id", 1), requests, plain);
        String profile = System.getProperty("bench.profile");
        if (profile != null) {
            int profiled = Integer.getInteger("bench.profileRequests", 3_000);
            ProfileSummary.record(java.nio.file.Path.of(profile), "partners page of 50 through the API", profiled, () -> {
                for (int i = 0; i < profiled; i++) {
                    apiPage("partners", PARTNERS, 50);
                }
            });
        }
    }

    private void connection(String field, String query, MongoCollection<Document> collection, Document sort, int requests)
            throws Exception {
        connection(field, query, collection, sort, requests, null);
    }

    /**
     * A connection's page of 50 through the API against the driver (and against plain JSON, when given), then
     * commands per request by page size.
     */
    private void connection(String field, String query, MongoCollection<Document> collection, Document sort, int requests,
            Callable<Integer> plain) throws Exception {
        Callable<Integer> api = () -> apiPage(field, query, 50);
        Callable<Integer> driver = () -> rawPage(collection, sort, 50);
        if (!api.call().equals(driver.call()) || plain != null && !plain.call().equals(driver.call())) {
            throw new IllegalStateException(field + ": API, plain JSON and driver pages differ in size");
        }
        for (int i = 0; i < requests; i++) {
            api.call();
            driver.call();
            if (plain != null) {
                plain.call();
            }
        }
        System.out.println();
        System.out.println(field + " connection, page of 50 with nested fields (" + requests + " requests per client)");
        if (plain == null) {
            System.out.printf(Locale.ROOT, "%-8s %10s %10s %10s %10s %9s %9s%n", "clients", "api p50", "api p99", "raw p50",
                    "raw p99", "p50 ratio", "p99 ratio");
        } else {
            System.out.printf(Locale.ROOT, "%-8s %10s %10s %10s %10s %10s %10s %9s %9s %9s %9s%n", "clients", "api p50",
                    "api p99", "json p50", "json p99", "raw p50", "raw p99", "api/json", "api/json", "api/raw", "api/raw");
            System.out.printf(Locale.ROOT, "%-8s %10s %10s %10s %10s %10s %10s %9s %9s %9s %9s%n", "", "", "", "", "", "",
                    "", "p50", "p99", "p50", "p99");
        }
        double[] cpu = new double[3];
        for (int clients : new int[] {1, 20}) {
            long cpuBefore = processCpuNanos();
            List<Long> apiTimes = measure(api, clients, requests);
            long cpuApi = processCpuNanos();
            List<Long> rawTimes = measure(driver, clients, requests);
            long cpuRaw = processCpuNanos();
            if (clients == 1) {
                cpu[0] = (cpuApi - cpuBefore) / 1e6 / requests;
                cpu[2] = (cpuRaw - cpuApi) / 1e6 / requests;
            }
            if (plain == null) {
                System.out.printf(Locale.ROOT, "%-8d %8.2fms %8.2fms %8.2fms %8.2fms %8.1fx %8.1fx%n", clients,
                        ms(p(apiTimes, 50)), ms(p(apiTimes, 99)), ms(p(rawTimes, 50)), ms(p(rawTimes, 99)),
                        (double) p(apiTimes, 50) / p(rawTimes, 50), (double) p(apiTimes, 99) / p(rawTimes, 99));
                continue;
            }
            long cpuPlain = processCpuNanos();
            List<Long> plainTimes = measure(plain, clients, requests);
            if (clients == 1) {
                cpu[1] = (processCpuNanos() - cpuPlain) / 1e6 / requests;
            }
            System.out.printf(Locale.ROOT, "%-8d %8.2fms %8.2fms %8.2fms %8.2fms %8.2fms %8.2fms %8.1fx %8.1fx %8.1fx %8.1fx%n",
                    clients, ms(p(apiTimes, 50)), ms(p(apiTimes, 99)), ms(p(plainTimes, 50)), ms(p(plainTimes, 99)),
                    ms(p(rawTimes, 50)), ms(p(rawTimes, 99)), (double) p(apiTimes, 50) / p(plainTimes, 50),
                    (double) p(apiTimes, 99) / p(plainTimes, 99), (double) p(apiTimes, 50) / p(rawTimes, 50),
                    (double) p(apiTimes, 99) / p(rawTimes, 99));
        }
        if (plain != null) {
            // CPU time the whole process (server, store and the benchmark's client) spent per request from one client:
            // unlike the wall-clock percentiles, hardly moved by other processes competing for the cores.
            System.out.printf(Locale.ROOT, "process CPU per request, 1 client: api %.2f ms, plain JSON %.2f ms, driver %.2f ms;"
                    + " api/json %.1fx, api/raw %.1fx%n", cpu[0], cpu[1], cpu[2], cpu[0] / cpu[1], cpu[0] / cpu[2]);
        }
        for (int size : new int[] {1, 100}) {
            long before = COMMANDS.get();
            int rows = apiPage(field, query, size);
            System.out.printf(Locale.ROOT, "MongoDB commands per %s request, page size %3d (%3d rows): %d%n", field, size,
                    rows, COMMANDS.get() - before);
        }
    }

    /**
     * The same rows through the import (upload, stream, validate, duplicate keys, route, insert in batches)
     * and as ready-made documents through insertMany in batches of the same size.
     */
    private void importVersusInsertMany(int rows, boolean report) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.write("name,email,phone,company,country,region,postal_code,product_line\n".getBytes(StandardCharsets.UTF_8));
        List<Document> documents = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            String email = "c" + i + "-" + tag + "@example.com";
            csv.write(("Cliente " + i + "," + email + ",,,IT,Lazio,001" + (i % 100) + ",Auto\n").getBytes(StandardCharsets.UTF_8));
            documents.add(new Document("_id", "raw-" + tag + "-" + i).append("status", "NEW").append("source", "IMPORT")
                    .append("details", new Document("contact", new Document("name", "Cliente " + i).append("email", email))
                            .append("address", new Document("country", "IT").append("region", "Lazio").append("postalCode", "001" + (i % 100)))
                            .append("productLine", "Auto"))
                    .append("receivedAt", new java.util.Date()));
        }
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        String jobId = upload(csv.toByteArray());
        JsonNode job;
        String pollToken = token;
        long tokenAt = System.nanoTime();
        do {
            // Polling a job in a benchmark harness, not a test. Each poll is a GraphQL request whose CPU counts in the
            // import's: every 100 ms it was a fifth of it on a loaded machine (JFR), so poll twice a second.
            Thread.sleep(500);
            if (System.nanoTime() - tokenAt > 60_000_000_000L) { // a slow import outlives the access token
                pollToken = token(base);
                tokenAt = System.nanoTime();
            }
            job = graphql(pollToken, "query($id: ID!) { leadImport(id: $id) { status rowsImported rowsFailed } }", Map.of("id", jobId))
                    .at("/data/leadImport");
        } while (!job.path("status").asString().equals("COMPLETED") && !job.path("status").asString().equals("FAILED"));
        double importSeconds = (System.nanoTime() - start) / 1e9;
        double importCpu = (processCpuNanos() - cpuStart) / 1e9;
        // The leads' change entries reach the feed after the job ends: wait for them, so the driver runs on a quiet store.
        // (An import's entries are staged per batch in change_staging; other writes leave them in the leads.)
        while ((raw.getCollection("leads").countDocuments(com.mongodb.client.model.Filters.exists("_changes.id")) > 0
                || raw.getCollection("change_staging").countDocuments() > 0)
                && System.nanoTime() - start < 900_000_000_000L) { // gives up after 15 minutes
            Thread.sleep(500);
        }
        double relayedSeconds = (System.nanoTime() - start) / 1e9;
        double relayedCpu = (processCpuNanos() - cpuStart) / 1e9;
        if (!report) {
            return;
        }

        MongoCollection<Document> target = raw.getCollection("bench_raw_leads");
        start = System.nanoTime();
        cpuStart = processCpuNanos();
        for (int i = 0; i < documents.size(); i += 500) {
            target.insertMany(documents.subList(i, Math.min(documents.size(), i + 500)));
        }
        double rawSeconds = (System.nanoTime() - start) / 1e9;
        double rawCpu = (processCpuNanos() - cpuStart) / 1e9;
        System.out.println();
        System.out.printf(Locale.ROOT, "CSV import of %,d rows: %s, %,d imported in %.1f s = %,.0f rows/s%n", rows,
                job.path("status").asString(), job.path("rowsImported").asLong(), importSeconds, rows / importSeconds);
        System.out.printf(Locale.ROOT, "driver insertMany of the same %,d documents: %.1f s = %,.0f rows/s%n", rows,
                rawSeconds, rows / rawSeconds);
        System.out.printf(Locale.ROOT, "rate ratio (driver / import): %.1fx%n", importSeconds / rawSeconds);
        System.out.printf(Locale.ROOT, "every imported lead in the change feed after %.1f s (process CPU %.1f s)%n", relayedSeconds, relayedCpu);
        // Process CPU (server, store, relay and the bench's client): hardly moved by other processes on the machine.
        System.out.printf(Locale.ROOT, "process CPU: import %.1f s, insertMany %.1f s; ratio %.1fx%n", importCpu, rawCpu, importCpu / rawCpu);
    }

    /** Order submissions through the API (2 orders each: the lines span two suppliers) against inserting the same documents. */
    private void orderSubmissionVersusInserts(String dealerToken, int submissions) throws Exception {
        Map<String, Object> input = Map.of("lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", 4),
                        Map.of("sku", "BAT-12V-070", "quantity", 1), Map.of("sku", "FLT-OIL-010", "quantity", 3)),
                "requestedDate", "2099-01-15", "deliveryAddress", Map.of("recipient", "Rossi Auto", "street", "Via Roma 1",
                        "postalCode", "20100", "city", "Milano", "country", "IT"));
        for (int i = 0; i < 50; i++) {
            graphql(dealerToken, SUBMIT, Map.of("input", input));
        }
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        for (int i = 0; i < submissions; i++) {
            graphql(dealerToken, SUBMIT, Map.of("input", input));
        }
        double apiSeconds = (System.nanoTime() - start) / 1e9;
        double apiCpu = (processCpuNanos() - cpuStart) / 1e9;
        Document sample = raw.getCollection("orders").find().first();
        MongoCollection<Document> target = raw.getCollection("bench_raw_orders");
        start = System.nanoTime();
        cpuStart = processCpuNanos();
        for (int i = 0; i < submissions * 2; i++) {
            sample.put("_id", "raw-" + UUID.randomUUID());
            target.insertOne(sample);
        }
        double rawSeconds = (System.nanoTime() - start) / 1e9;
        double rawCpu = (processCpuNanos() - cpuStart) / 1e9;
        System.out.println();
        System.out.printf(Locale.ROOT, "Order submission: %d submissions (%d orders) in %.1f s = %.0f orders/s; "
                + "driver insertOne of the same %d documents: %.1f s = %.0f/s; ratio %.1fx%n", submissions, submissions * 2,
                apiSeconds, submissions * 2 / apiSeconds, submissions * 2, rawSeconds, submissions * 2 / rawSeconds, apiSeconds / rawSeconds);
        System.out.printf(Locale.ROOT, "process CPU: submissions %.2f s, insertOne %.2f s; ratio %.1fx%n", apiCpu, rawCpu, apiCpu / rawCpu);
        orderBatchesVersusInserts(dealerToken, input, submissions, sample, rawSeconds, rawCpu);
    }

    /**
     * The same submissions through submitOrders, {@code -Dbench.orderBatch} (default 100) inputs per call, against the
     * insertOne figures just measured and insertMany of the same documents in chunks of one call's orders; with
     * {@code -Dbench.profile=DIR}, a JFR recording of more calls ({@code -Dbench.profileCalls}, default 50).
     */
    private void orderBatchesVersusInserts(String dealerToken, Map<String, Object> input, int submissions, Document sample,
            double insertOneSeconds, double insertOneCpu) throws Exception {
        int perCall = Integer.getInteger("bench.orderBatch", 100);
        List<Map<String, Object>> call = java.util.Collections.nCopies(perCall, input);
        for (int i = 0; i < 5; i++) {
            submitMany(dealerToken, call);
        }
        int calls = Math.max(1, submissions / perCall);
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        for (int i = 0; i < calls; i++) {
            submitMany(dealerToken, call);
        }
        double apiSeconds = (System.nanoTime() - start) / 1e9;
        double apiCpu = (processCpuNanos() - cpuStart) / 1e9;
        int orders = calls * perCall * 2;
        MongoCollection<Document> target = raw.getCollection("bench_raw_orders");
        start = System.nanoTime();
        cpuStart = processCpuNanos();
        for (int i = 0; i < calls; i++) {
            List<Document> chunk = new ArrayList<>(perCall * 2);
            for (int j = 0; j < perCall * 2; j++) {
                Document copy = new Document(sample);
                copy.put("_id", "raw-" + UUID.randomUUID());
                chunk.add(copy);
            }
            target.insertMany(chunk);
        }
        double manySeconds = (System.nanoTime() - start) / 1e9;
        double manyCpu = (processCpuNanos() - cpuStart) / 1e9;
        // insertOne was measured for submissions * 2 documents: scaled to this run's number of orders.
        double oneSeconds = insertOneSeconds * orders / (submissions * 2.0);
        double oneCpu = insertOneCpu * orders / (submissions * 2.0);
        System.out.printf(Locale.ROOT, "Order submission in calls of %d (submitOrders): %d calls (%d orders) in %.2f s = %.0f orders/s, "
                + "process CPU %.2f s; insertOne: ratio %.1fx (CPU %.1fx); insertMany in chunks of %d: %.2f s, CPU %.2f s, ratio %.1fx (CPU %.1fx)%n",
                perCall, calls, orders, apiSeconds, orders / apiSeconds, apiCpu, apiSeconds / oneSeconds, apiCpu / oneCpu, perCall * 2,
                manySeconds, manyCpu, apiSeconds / manySeconds, apiCpu / manyCpu);
        // The same with an idempotency key on every input, as a partner system sends them: the earlier submissions of
        // the keys are looked up once per call (the embedded store scans the orders for their group ids).
        start = System.nanoTime();
        cpuStart = processCpuNanos();
        for (int i = 0; i < calls; i++) {
            List<Map<String, Object>> keyed = new ArrayList<>(perCall);
            for (int j = 0; j < perCall; j++) {
                Map<String, Object> withKey = new java.util.HashMap<>(input);
                withKey.put("idempotencyKey", "bench-" + UUID.randomUUID());
                keyed.add(withKey);
            }
            submitMany(dealerToken, keyed);
        }
        double keyedSeconds = (System.nanoTime() - start) / 1e9;
        double keyedCpu = (processCpuNanos() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "  with an idempotency key on every input: %.2f s = %.0f orders/s, process CPU %.2f s; "
                + "insertOne: ratio %.1fx (CPU %.1fx); insertMany: ratio %.1fx (CPU %.1fx)%n", keyedSeconds, orders / keyedSeconds,
                keyedCpu, keyedSeconds / oneSeconds, keyedCpu / oneCpu, keyedSeconds / manySeconds, keyedCpu / manyCpu);
        String profile = System.getProperty("bench.profile");
        if (profile != null) {
            int profiled = Integer.getInteger("bench.profileCalls", 50);
            ProfileSummary.record(java.nio.file.Path.of(profile), "submitOrders, " + perCall + " inputs per call", profiled, () -> {
                for (int i = 0; i < profiled; i++) {
                    submitMany(dealerToken, call);
                }
            });
        }
    }

    private void submitMany(String dealerToken, List<Map<String, Object>> inputs) throws Exception {
        JsonNode results = graphql(dealerToken, SUBMIT_MANY, Map.of("inputs", inputs)).at("/data/submitOrders/results");
        if (results.size() != inputs.size() || !results.findValues("userErrors").stream().allMatch(JsonNode::isEmpty)) {
            throw new IllegalStateException("submitOrders refused: " + results);
        }
    }

    /** A 10,000-item stock feed through the API against a driver bulk upsert of the same documents. */
    private void stockFeedVersusBulkWrite(io.canale.catalog.Catalog catalog, String supplierToken, int items) throws Exception {
        List<Map<String, Object>> feed = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            String sku = String.format("BENCH-%05d", i);
            catalog.ensureProduct(sku, "Articolo " + i, "Item " + i, "Ricambi", "ptn_ferri_componenti");
            feed.add(Map.of("sku", sku, "available", i % 500, "nextBatchQuantity", 100, "nextBatchEta", "2099-01-31"));
        }
        JsonNode warm = graphql(supplierToken, "mutation($items: [StockItemInput!]!) { publishStock(input: {items: $items}) { applied } }",
                Map.of("items", feed));
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        JsonNode result = graphql(supplierToken, "mutation($items: [StockItemInput!]!) { publishStock(input: {items: $items}) { applied userErrors { code } } }",
                Map.of("items", feed));
        double apiSeconds = (System.nanoTime() - start) / 1e9;
        double apiCpu = (processCpuNanos() - cpuStart) / 1e9;
        List<com.mongodb.client.model.WriteModel<Document>> writes = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            String sku = String.format("BENCH-%05d", i);
            writes.add(new com.mongodb.client.model.ReplaceOneModel<>(new Document("_id", sku), new Document("_id", sku)
                    .append("supplierId", "ptn_ferri_componenti").append("available", (long) (i % 500)).append("nextBatchQuantity", 100L)
                    .append("nextBatchEta", "2099-01-31").append("updatedAt", new java.util.Date()).append("updatedBy", "bench"),
                    new com.mongodb.client.model.ReplaceOptions().upsert(true)));
        }
        start = System.nanoTime();
        cpuStart = processCpuNanos();
        raw.getCollection("bench_raw_stock").bulkWrite(writes);
        double rawSeconds = (System.nanoTime() - start) / 1e9;
        double rawCpu = (processCpuNanos() - cpuStart) / 1e9;
        // The same items as a stock file (POST /imports/stock), which goes through the same checks and write.
        StringBuilder file = new StringBuilder("sku,available,nextBatchQuantity,nextBatchEta\n");
        feed.forEach(item -> file.append(item.get("sku")).append(',').append(item.get("available")).append(",100,2099-01-31\n"));
        start = System.nanoTime();
        JsonNode uploaded = JSON.readTree(upload("/imports/stock", supplierToken, file.toString().getBytes(StandardCharsets.UTF_8)));
        double csvSeconds = (System.nanoTime() - start) / 1e9;
        System.out.println();
        System.out.printf(Locale.ROOT, "Stock feed of %,d items: API %.2f s (applied %d, warm-up applied %d); driver bulk upsert %.2f s; ratio %.1fx%n",
                items, apiSeconds, result.at("/data/publishStock/applied").asInt(), warm.at("/data/publishStock/applied").asInt(),
                rawSeconds, apiSeconds / rawSeconds);
        System.out.printf(Locale.ROOT, "process CPU: feed %.2f s, bulk upsert %.2f s; ratio %.1fx%n", apiCpu, rawCpu, apiCpu / rawCpu);
        System.out.printf(Locale.ROOT, "Stock file of %,d items: %.2f s (applied %d); ratio to the driver %.1fx%n", items, csvSeconds,
                uploaded.path("applied").asInt(), csvSeconds / rawSeconds);
    }

    /** The plain JSON page: the same HTTP client, token and JSON parsing as {@link #apiPage}. */
    private int plainPage(int first) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + PlainJsonPartners.PATH + "?first=" + first))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("plain JSON page: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).path("edges").size();
    }

    private int apiPage(String field, String query, int first) throws Exception {
        return graphql(query, Map.of("first", first)).at("/data/" + field + "/edges").size();
    }

    JsonNode graphql(String query, Map<String, Object> variables) throws Exception {
        return graphql(token, query, variables);
    }

    JsonNode graphql(String bearer, String query, Map<String, Object> variables) throws Exception {
        String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = JSON.readTree(response.body());
        if (response.statusCode() != 200 || json.has("errors")) {
            throw new IllegalStateException(response.body());
        }
        return json;
    }

    private String upload(byte[] csv) throws Exception {
        return JSON.readTree(upload("/imports/leads", token, csv)).path("id").asString();
    }

    /** A CSV file posted as multipart to {@code path}; answers the response body. */
    private String upload(String path, String bearer, byte[] csv) throws Exception {
        String boundary = "bench-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(csv);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    /** What a hand-written endpoint would do at least: the same sorted page, every field read. */
    static int rawPage(MongoCollection<Document> collection, Document sort, int first) {
        List<Document> page = collection.find().sort(sort).limit(first + 1).into(new ArrayList<>());
        int rows = Math.min(first, page.size());
        int fields = 0;
        for (Document document : page.subList(0, rows)) {
            fields += document.size();
        }
        return fields > 0 ? rows : 0;
    }

    static List<Long> measure(Callable<Integer> task, int clients, int requests) throws Exception {
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

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static long p(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static String token(String base) throws Exception {
        return token(base, "bench-staff-system", "bench-secret");
    }

    static String token(String base, String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    /** Accrual cost per delivered order at growing period sizes (the feeder settles the partner's whole period per change). */
    private static void accrualCost(ConfigurableApplicationContext context) {
        int orders = Integer.getInteger("bench.accrualOrders", 20);
        System.out.println("Accrual cost per delivered order (one partner, demo volume program, current quarter):");
        io.canale.incentive.BenchAccrualCost cost = new io.canale.incentive.BenchAccrualCost(context);
        List<Double> millis = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (String lines : System.getProperty("bench.accrualLines", "1000,10000").split(",")) {
            sizes.add(Integer.parseInt(lines.trim()));
            millis.add(cost.run(sizes.getLast(), orders));
        }
        System.out.printf(Locale.ROOT, "  %,d -> %,d lines: %.1f x the cost per order (linear per order, so n^2 over a period)%n",
                sizes.getFirst(), sizes.getLast(), millis.getLast() / millis.getFirst());
    }
}
