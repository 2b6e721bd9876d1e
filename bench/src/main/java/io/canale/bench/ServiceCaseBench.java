package io.canale.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.canale.servicecase.BenchServiceCases;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bson.Document;
import org.springframework.context.ApplicationContext;

/**
 * Service cases against the raw driver on the same store: the case inbox connection (a page of 50 with the fields
 * the portal's inbox asks for, SLA clocks included) and a case with a 500-comment thread, at 1 and 20 clients with
 * MongoDB commands per request; and the SLA clocks of 10,000 open cases evaluated in-process over their histories
 * against a raw scan of the same documents. The cases are built with the aggregate's own methods, back-dated, and
 * inserted in batches ({@link BenchServiceCases}).
 */
final class ServiceCaseBench {

    static final String INBOX = "query($first: Int!) { serviceCases(first: $first) { edges { cursor node { id type priority status "
            + "subject waitingOn createdAt version dealer { id name } sla { calendar "
            + "firstResponse { state targetMinutes elapsedMinutes dueAt breachedAt pausedMinutes } "
            + "resolution { state targetMinutes elapsedMinutes dueAt breachedAt pausedMinutes } } } } "
            + "pageInfo { hasNextPage endCursor } } }";
    static final String THREAD = "query($id: ID!) { serviceCase(id: $id) { id comments(last: 500) { id visibility body author at "
            + "editedAt deleted addressedTo { id name } authorPartner { name } } } }";

    private final CanaleBench bench;
    private final BenchServiceCases seed;
    private final MongoCollection<Document> raw;

    ServiceCaseBench(CanaleBench bench, ApplicationContext context, MongoDatabase database) {
        this.bench = bench;
        this.seed = new BenchServiceCases(context);
        this.raw = database.getCollection("service_cases");
    }

    void run(int requests) throws Exception {
        int inboxCases = Integer.getInteger("bench.cases", 1_000);
        int openCases = Integer.getInteger("bench.openCases", 10_000);
        long start = System.nanoTime();
        seed.seedMixed(inboxCases);
        System.out.println();
        System.out.printf(Locale.ROOT, "Service cases: %,d cases in every state seeded in %.1f s (%,d in the collection)%n", inboxCases,
                (System.nanoTime() - start) / 1e9, raw.countDocuments());
        inbox(requests);
        thread(requests);
        sla(openCases);
    }

    private void inbox(int requests) throws Exception {
        Document sort = new Document("createdAt", -1).append("_id", -1);
        Callable<Integer> api = () -> page(50);
        Callable<Integer> driver = () -> CanaleBench.rawPage(raw, sort, 50);
        compare("serviceCases (inbox)", api, driver, requests);
        for (int size : new int[] {1, 100}) {
            CanaleBench.COMMAND_LOG.clear();
            int rows = page(size);
            List<String> commands = requestCommands();
            System.out.printf(Locale.ROOT, "MongoDB commands per serviceCases request, page size %3d (%3d rows): %d %s%n", size, rows,
                    commands.size(), commands);
        }
    }

    private void thread(int requests) throws Exception {
        String id = seed.seedThread(500);
        Callable<Integer> api = () -> bench.graphql(THREAD, Map.of("id", id)).at("/data/serviceCase/comments").size();
        Callable<Integer> driver = () -> {
            Document serviceCase = raw.find(Filters.eq("_id", id)).first();
            int fields = 0;
            for (Document comment : serviceCase.getList("comments", Document.class)) {
                fields += comment.size();
            }
            return fields > 0 ? serviceCase.getList("comments", Document.class).size() : 0;
        };
        compare("serviceCase with 500 comments", api, driver, requests);
        CanaleBench.COMMAND_LOG.clear();
        int comments = api.call();
        List<String> commands = requestCommands();
        System.out.printf(Locale.ROOT, "MongoDB commands per serviceCase request (%d comments): %d %s%n", comments, commands.size(), commands);
    }

    /** Both sides read the same open cases; Canale also maps them to cases and computes both clocks of each. */
    private void sla(int openCases) {
        long start = System.nanoTime();
        int added = seed.seedOpenUpTo(openCases);
        System.out.println();
        System.out.printf(Locale.ROOT, "SLA evaluation: %,d open cases added in %.1f s%n", added, (System.nanoTime() - start) / 1e9);
        int rounds = Integer.getInteger("bench.slaRounds", 5);
        List<Long> scans = new ArrayList<>();
        List<Long> loads = new ArrayList<>();
        List<Long> clocks = new ArrayList<>();
        Map<String, Integer> states = Map.of();
        int cases = 0;
        for (int round = 0; round <= rounds; round++) { // round 0 warms up
            long t0 = System.nanoTime();
            int scanned = rawScan();
            long t1 = System.nanoTime();
            List<?> open = seed.loadOpen();
            long t2 = System.nanoTime();
            states = seed.evaluate(open);
            long t3 = System.nanoTime();
            if (scanned != open.size()) {
                throw new IllegalStateException("raw scan read " + scanned + " cases, Canale " + open.size());
            }
            cases = open.size();
            if (round > 0) {
                scans.add(t1 - t0);
                loads.add(t2 - t1);
                clocks.add(t3 - t2);
            }
        }
        scans.sort(null);
        loads.sort(null);
        clocks.sort(null);
        long scan = CanaleBench.p(scans, 50);
        long load = CanaleBench.p(loads, 50);
        long clock = CanaleBench.p(clocks, 50);
        System.out.printf(Locale.ROOT, "SLA evaluation of %,d open cases (median of %d rounds; resolution clocks %s)%n", cases, rounds, states);
        System.out.printf(Locale.ROOT, "  raw driver scan of the same documents:   %8.1f ms%n", CanaleBench.ms(scan));
        System.out.printf(Locale.ROOT, "  Canale: read and map the cases:          %8.1f ms%n", CanaleBench.ms(load));
        System.out.printf(Locale.ROOT, "  Canale: both clocks of every case:       %8.1f ms (%.1f µs per case)%n", CanaleBench.ms(clock),
                clock / 1000.0 / cases);
        System.out.printf(Locale.ROOT, "  Canale in all: %.1f ms = %.1fx the raw scan%n", CanaleBench.ms(load + clock),
                (double) (load + clock) / scan);
    }

    /** What a hand-written check would do at least: every open case read, its status history walked. */
    private int rawScan() {
        int cases = 0;
        int transitions = 0;
        for (Document serviceCase : raw.find(BenchServiceCases.openFilter()).sort(new Document("_id", 1)).batchSize(500)) {
            transitions += serviceCase.getList("transitions", Document.class).size();
            cases++;
        }
        return transitions > 0 ? cases : 0;
    }

    /**
     * The commands sent while serving the latest request: those of the server's request threads (Tomcat's, and the
     * task executor's that run blocking controller methods), not of background work that happened to run meanwhile
     * (escalation checks, deadlines, the change relay), nor of this harness.
     */
    private static List<String> requestCommands() {
        return CanaleBench.COMMAND_LOG.stream().filter(entry -> entry.startsWith("tomcat-handler-") || entry.startsWith("task-"))
                .map(entry -> entry.substring(entry.indexOf('|') + 1)).toList();
    }

    private int page(int first) throws Exception {
        return bench.graphql(INBOX, Map.of("first", first)).at("/data/serviceCases/edges").size();
    }

    private void compare(String what, Callable<Integer> api, Callable<Integer> driver, int requests) throws Exception {
        if (!api.call().equals(driver.call())) {
            throw new IllegalStateException(what + ": API and driver read different numbers of rows");
        }
        for (int i = 0; i < requests; i++) {
            api.call();
            driver.call();
        }
        System.out.println();
        System.out.println(what + " (" + requests + " requests per client)");
        System.out.printf(Locale.ROOT, "%-8s %10s %10s %10s %10s %9s %9s%n", "clients", "api p50", "api p99", "raw p50",
                "raw p99", "p50 ratio", "p99 ratio");
        double apiCpu = 0;
        double rawCpu = 0;
        for (int clients : new int[] {1, 20}) {
            long cpuBefore = CanaleBench.processCpuNanos();
            List<Long> apiTimes = CanaleBench.measure(api, clients, requests);
            long cpuApi = CanaleBench.processCpuNanos();
            List<Long> rawTimes = CanaleBench.measure(driver, clients, requests);
            if (clients == 1) {
                apiCpu = (cpuApi - cpuBefore) / 1e6 / requests;
                rawCpu = (CanaleBench.processCpuNanos() - cpuApi) / 1e6 / requests;
            }
            System.out.printf(Locale.ROOT, "%-8d %8.2fms %8.2fms %8.2fms %8.2fms %8.1fx %8.1fx%n", clients,
                    CanaleBench.ms(CanaleBench.p(apiTimes, 50)), CanaleBench.ms(CanaleBench.p(apiTimes, 99)),
                    CanaleBench.ms(CanaleBench.p(rawTimes, 50)), CanaleBench.ms(CanaleBench.p(rawTimes, 99)),
                    (double) CanaleBench.p(apiTimes, 50) / CanaleBench.p(rawTimes, 50),
                    (double) CanaleBench.p(apiTimes, 99) / CanaleBench.p(rawTimes, 99));
        }
        // CPU time of the whole process (server, store and this client) per request from one client: unlike the
        // wall-clock percentiles, hardly moved by other processes competing for the cores.
        System.out.printf(Locale.ROOT, "process CPU per request, 1 client: api %.2f ms, driver %.2f ms; api/raw %.1fx%n", apiCpu, rawCpu,
                apiCpu / rawCpu);
    }
}
