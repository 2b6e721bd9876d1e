package io.canale.incentive;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * For {@code CanaleBench -Dbench.only=recompute}: a period of N delivered order lines generated straight into the store
 * with the driver (orders of {@code bench.recomputeLinesPerOrder} lines spread over {@code bench.recomputePartners}
 * dealers, and the ledger's REBATE entry of each line, as the feeder would have written it), then
 * <ul>
 * <li>Canale's recompute ({@link IncentiveCheck#run}, what {@code incentiveCheck} runs: orders and refunds of the period
 * read and mapped, every line's target computed, compared with the ledger line by line) against a raw aggregation of the
 * same order documents on the same store (basis per dealer: {@code $match} the period's deliveries, {@code $unwind} the
 * lines, {@code $group} the sum of quantity × unit price);</li>
 * <li>once, at the first size, the ledger entries connection (GraphQL over HTTP, a staff system's token, page of 50, the
 * order numbers included) against the driver reading the same page and the same order numbers.</li>
 * </ul>
 * It lives in the module's package (in the bench jar) because the check and the program are package-private.
 */
public final class BenchRecompute {

    static final String PROGRAM = "inc_bench_recompute";
    static final String ORDER_PREFIX = "ord_bench_r_";
    static final String PARTNER_PREFIX = "ptn_bench_r_";
    static final String ENTRIES = "query($id: ID!, $partner: ID, $period: String, $first: Int!) { incentiveProgram(id: $id) { "
            + "entries(partnerId: $partner, period: $period, first: $first) { edges { cursor node { id kind component programVersion period "
            + "partnerId orderId orderNumber line caseId sku quantity basis rate tier amount { amount currency } sourceChangeId at recordedAt } } "
            + "pageInfo { hasNextPage endCursor } } } }";
    private static final String[] SKUS = {"FRN-PAD-001", "FRN-DSC-002", "BAT-12V-070", "BAT-12V-095", "OIL-5W30-4L"};
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MongoOperations mongo;
    private final IncentiveCheck check;
    private final MongoDatabase raw;

    public BenchRecompute(ApplicationContext context, MongoDatabase raw) {
        this.mongo = context.getBean(MongoOperations.class);
        this.check = context.getBean(IncentiveCheck.class);
        this.raw = raw;
    }

    public void run(String base, String token) throws Exception {
        Program program = program();
        Period period = Period.Length.QUARTER.of(LocalDate.now(ZoneOffset.UTC).minusMonths(3));
        int partners = Integer.getInteger("bench.recomputePartners", 100);
        int perOrder = Integer.getInteger("bench.recomputeLinesPerOrder", 10);
        int rounds = Integer.getInteger("bench.recomputeRounds", 2);
        System.out.printf(Locale.ROOT, "Recompute of a period (%s, rebate 2 %%, %d dealers, %d lines per order) against a raw aggregation; "
                + "heap max %,d MB; load average %.2f%n", period.key(), partners, perOrder, Runtime.getRuntime().maxMemory() >> 20, load());
        boolean connection = true;
        for (String size : System.getProperty("bench.recomputeLines", "100000,1000000").split(",")) {
            int lines = Integer.parseInt(size.trim());
            clear();
            try {
                long started = System.nanoTime();
                generate(period, lines, partners, perOrder);
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                System.out.printf(Locale.ROOT, "  %,d lines generated with the driver in %.1f s (orders and ledger entries); heap used %,d MB; "
                        + "load average %.2f%n", lines, (System.nanoTime() - started) / 1e9, (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                        load());
                for (int round = 1; round <= rounds; round++) {
                    compare(program, period, lines, round);
                }
                if (connection) {
                    connection = false;
                    entriesConnection(base, token, period);
                }
            } catch (OutOfMemoryError ex) {
                System.out.printf(Locale.ROOT, "  %,d lines: out of memory (%s); heap max %,d MB%n", lines, ex.getMessage(),
                        Runtime.getRuntime().maxMemory() >> 20);
            }
        }
        clear();
    }

    /** One round: the raw aggregation, then Canale's recompute, each timed in wall-clock and process CPU. */
    private void compare(Program program, Period period, int lines, int round) {
        long cpu = cpu();
        long started = System.nanoTime();
        List<Document> grouped = raw.getCollection("orders").aggregate(List.of(
                new Document("$match", new Document("status", "DELIVERED").append("timeline", new Document("$elemMatch",
                        new Document("event", "ORDER_DELIVERED").append("at", new Document("$gte", Date.from(period.startInstant()))
                                .append("$lt", Date.from(period.endExclusive())))))),
                new Document("$unwind", "$lines"),
                new Document("$group", new Document("_id", "$dealerId")
                        .append("basis", new Document("$sum", new Document("$multiply", List.of("$lines.quantity", "$lines.unitPrice.amount"))))
                        .append("lines", new Document("$sum", 1))))).allowDiskUse(true).into(new ArrayList<>());
        long rawNanos = System.nanoTime() - started;
        long rawCpu = cpu() - cpu;
        BigDecimal rawBasis = BigDecimal.ZERO;
        long rawLines = 0;
        for (Document partner : grouped) {
            if (partner.getString("_id").startsWith(PARTNER_PREFIX)) {
                rawBasis = rawBasis.add(decimal(partner.get("basis")));
                rawLines += ((Number) partner.get("lines")).longValue();
            }
        }

        cpu = cpu();
        started = System.nanoTime();
        IncentiveCheck.Result result = check.run(program, period);
        long canaleNanos = System.nanoTime() - started;
        long canaleCpu = cpu() - cpu;
        long benchPartners = result.partners().stream().filter(p -> p.partnerId().startsWith(PARTNER_PREFIX)).count();
        System.out.printf(Locale.ROOT, "  %,d lines, round %d: raw aggregation %.2f s (CPU %.2f s; %,d lines, basis %s) | Canale recompute "
                + "%.2f s (CPU %.2f s; %d dealers, %,d entries, %d differences, expected %s = recorded %s) | ratio %.1fx (CPU %.1fx); load %.2f%n",
                lines, round, rawNanos / 1e9, rawCpu / 1e9, rawLines, rawBasis.toPlainString(), canaleNanos / 1e9, canaleCpu / 1e9, benchPartners,
                result.entryCount(), result.differences().size(), result.expected().toPlainString(), result.recorded().toPlainString(),
                (double) canaleNanos / rawNanos, (double) canaleCpu / Math.max(1, rawCpu), load());
    }

    /** The entries page of one dealer: API (HTTP, token, GraphQL, access policy) against the driver reading the same. */
    private void entriesConnection(String base, String token, Period period) throws Exception {
        int requests = Integer.getInteger("bench.earningsRequests", 100);
        String partner = PARTNER_PREFIX + "000";
        HttpClient http = HttpClient.newHttpClient();
        String body = JSON.writeValueAsString(Map.of("query", ENTRIES, "variables", Map.of("id", PROGRAM, "partner", partner,
                "period", period.key(), "first", 50)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/graphql")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        JsonNode first = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        int edges = first.at("/data/incentiveProgram/entries/edges").size();
        if (edges != 50 || first.has("errors")) {
            System.out.println("  entries connection: unexpected answer " + first.toString().substring(0, Math.min(400, first.toString().length())));
            return;
        }
        Supplier<Integer> api = () -> {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                    throw new IllegalStateException(response.body());
                }
                return response.body().length();
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        };
        MongoCollection<Document> entries = raw.getCollection("incentive_entries");
        MongoCollection<Document> orders = raw.getCollection("orders");
        Supplier<Integer> driver = () -> {
            List<Document> page = entries.find(Filters.and(Filters.eq("programId", PROGRAM), Filters.eq("period", period.key()),
                    Filters.eq("partnerId", partner))).sort(new Document("recordedAt", -1).append("_id", 1)).limit(51).into(new ArrayList<>());
            List<String> ids = page.stream().map(d -> d.getString("orderId")).distinct().toList();
            List<Document> numbers = orders.find(Filters.in("_id", ids)).projection(new Document("number", 1)).into(new ArrayList<>());
            return page.size() + numbers.size();
        };
        for (int i = 0; i < 5; i++) { // warm-up
            api.get();
            driver.get();
        }
        List<Long> apiTimes = times(api, requests);
        List<Long> rawTimes = times(driver, requests);
        double apiP50 = ms(p(apiTimes, 50));
        double apiP99 = ms(p(apiTimes, 99));
        double rawP50 = ms(p(rawTimes, 50));
        double rawP99 = ms(p(rawTimes, 99));
        long count = entries.countDocuments(Filters.eq("programId", PROGRAM));
        System.out.printf(Locale.ROOT, "  entries connection, page of 50 of one dealer's %,d (%,d entries in the ledger), %d requests each, 1 client: "
                + "API p50 %.2f ms p99 %.2f ms | driver p50 %.2f ms p99 %.2f ms | ratio p50 %.1fx p99 %.1fx; load %.2f%n",
                entries.countDocuments(Filters.eq("partnerId", partner)), count, requests, apiP50, apiP99, rawP50, rawP99, apiP50 / rawP50,
                apiP99 / rawP99, load());
    }

    private static List<Long> times(Supplier<Integer> call, int requests) {
        List<Long> times = new ArrayList<>(requests);
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            call.get();
            times.add(System.nanoTime() - started);
        }
        times.sort(Long::compare);
        return times;
    }

    /** Orders delivered in the period and each line's REBATE entry, inserted in batches of 1,000 documents. */
    private void generate(Period period, int lines, int partners, int perOrder) {
        MongoCollection<Document> orders = raw.getCollection("orders");
        MongoCollection<Document> entries = raw.getCollection("incentive_entries");
        long span = period.endExclusive().toEpochMilli() - period.startInstant().toEpochMilli() - 3_600_000;
        List<Document> orderBatch = new ArrayList<>();
        List<Document> entryBatch = new ArrayList<>();
        java.util.Random random = new java.util.Random(42);
        Instant now = Instant.now();
        int orderCount = (lines + perOrder - 1) / perOrder;
        int written = 0;
        for (int o = 0; o < orderCount; o++) {
            String orderId = ORDER_PREFIX + o;
            String dealer = String.format(Locale.ROOT, "%s%03d", PARTNER_PREFIX, o % partners);
            Instant delivered = period.startInstant().plusMillis((long) (random.nextDouble() * span));
            List<Document> orderLines = new ArrayList<>();
            for (int l = 1; l <= perOrder && written < lines; l++, written++) {
                int quantity = 1 + random.nextInt(6);
                BigDecimal price = BigDecimal.valueOf(500 + random.nextInt(20_000), 2);
                String sku = SKUS[random.nextInt(SKUS.length)];
                orderLines.add(new Document("line", l).append("sku", sku).append("name", sku).append("quantity", quantity)
                        .append("unitPrice", new Document("amount", new Decimal128(price)).append("currency", "EUR"))
                        .append("confirmedQuantity", quantity).append("promisedDate", period.end().toString()).append("handedOverQuantity", quantity));
                BigDecimal value = price.multiply(BigDecimal.valueOf(quantity));
                BigDecimal amount = value.multiply(new BigDecimal("2")).divide(new BigDecimal("100")).setScale(2, RoundingMode.HALF_UP);
                String lineKey = "D:" + orderId + ":" + l;
                String source = "ORDER:" + orderId + ":4";
                entryBatch.add(new Document("_id", String.join("|", PROGRAM, period.key(), dealer, lineKey + "/REBATE", "ACCRUAL", source))
                        .append("programId", PROGRAM).append("programVersion", 1).append("period", period.key()).append("partnerId", dealer)
                        .append("kind", "ACCRUAL").append("component", "REBATE").append("lineKey", lineKey).append("orderId", orderId)
                        .append("line", l).append("sku", sku).append("quantity", quantity).append("basis", new Decimal128(value))
                        .append("rate", new Decimal128(new BigDecimal("2"))).append("amount", new Decimal128(amount)).append("currency", "EUR")
                        .append("sourceChangeId", source).append("at", Date.from(delivered)).append("recordedAt", Date.from(delivered)));
            }
            orderBatch.add(new Document("_id", orderId).append("groupId", orderId).append("dealerId", dealer)
                    .append("supplierId", "ptn_ferri_componenti").append("status", "DELIVERED").append("nextStep", "DELIVERED")
                    .append("lines", orderLines).append("requestedDate", period.start().toString())
                    .append("parties", List.of(new Document("partnerId", dealer).append("role", "DEALER"),
                            new Document("partnerId", "ptn_ferri_componenti").append("role", "SUPPLIER")))
                    .append("timeline", List.of(new Document("at", Date.from(delivered.minusSeconds(86_400))).append("by", "bench")
                                    .append("event", "ORDER_SUBMITTED").append("summary", "Submitted").append("staffOnly", false),
                            new Document("at", Date.from(delivered)).append("by", "bench").append("event", "ORDER_DELIVERED")
                                    .append("summary", "Every shipment delivered").append("staffOnly", false)))
                    .append("createdAt", Date.from(delivered.minusSeconds(86_400)))
                    .append("audit", new Document("createdAt", Date.from(delivered.minusSeconds(86_400))).append("createdBy", "bench")
                            .append("updatedAt", Date.from(now)).append("updatedBy", "bench"))
                    .append("version", 4L));
            if (orderBatch.size() == 1_000) {
                orders.insertMany(orderBatch);
                orderBatch.clear();
            }
            if (entryBatch.size() >= 1_000) {
                entries.insertMany(entryBatch);
                entryBatch.clear();
            }
        }
        if (!orderBatch.isEmpty()) {
            orders.insertMany(orderBatch);
        }
        if (!entryBatch.isEmpty()) {
            entries.insertMany(entryBatch);
        }
    }

    private void clear() {
        raw.getCollection("orders").deleteMany(Filters.regex("_id", "^" + ORDER_PREFIX));
        raw.getCollection("incentive_entries").deleteMany(Filters.eq("programId", PROGRAM));
        System.gc();
    }

    /** A 2 % rebate, quarterly, open to every partner; marked settled, so the scheduled feeder leaves it alone. */
    private Program program() {
        Program existing = mongo.findById(PROGRAM, Program.class);
        if (existing != null) {
            return existing;
        }
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        Program program = Program.define(PROGRAM, "Bench recompute", "EUR", (year - 1) + "-01-01", (year + 1) + "-12-31", Period.Length.QUARTER,
                Period.Length.QUARTER, null, new Rules(new BigDecimal("2"), null, null, null, true, null, null), io.canale.shared.Actor.SYSTEM,
                Instant.now());
        mongo.insert(program);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(PROGRAM)), Update.update("settledVersions", 1), Program.class);
        return mongo.findById(PROGRAM, Program.class);
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof Decimal128 d ? d.bigDecimalValue() : new BigDecimal(value.toString());
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long p(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
