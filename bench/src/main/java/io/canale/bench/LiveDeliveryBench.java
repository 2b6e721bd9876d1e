package io.canale.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Change → subscriber delivery: {@code bench.subscribers} subscriptions (ten per WebSocket connection) to the lead
 * changes, while leads are created through the API at {@code bench.changesPerSecond} for {@code bench.seconds}. Each
 * delivery's latency runs from the create request's start to the subscriber receiving the change; the API's own
 * create latency and the driver's {@code insertOne} of the same document are measured in the same run for scale.
 * <p>
 * The subscribers behave as a real client: one the server ends as too slow ({@code SLOW_SUBSCRIBER}) subscribes again
 * at once with {@code afterSequence} = the last sequence it received, and so receives what it missed from the feed. The
 * bench counts, per subscriber, the distinct measured changes it received against those it may read (all subscribers
 * are one staff system: each may read every lead), and prints when subscribers were cut off.
 */
final class LiveDeliveryBench {

    /** What each subscription asks for: {@code -Dbench.liveSelection=full} for every field of a change. */
    private static final String SUBSCRIBE = "full".equals(System.getProperty("bench.liveSelection"))
            ? "subscription($after: String) { changes(types: [LEAD], afterSequence: $after) { recordId sequence recordType changeType "
                    + "version at actor { kind name partnerType } fields { path before after } } }"
            : "subscription($after: String) { changes(types: [LEAD], afterSequence: $after) { recordId sequence } }";
    private static final String CREATE = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } userErrors { code } } }";
    private static final int PER_CONNECTION = 10;

    private final String base;
    private final String token;
    private final MongoDatabase raw;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Subscriber> subscribers = new ArrayList<>();
    /** Receipts of the measured creates: (record id, nanoTime received) of each subscriber's first receipt. */
    private final ConcurrentLinkedQueue<Object[]> received = new ConcurrentLinkedQueue<>();
    /** The creates whose receipts are counted now (the probe, then the measured ones); others are only tracked by sequence. */
    private final Map<String, Boolean> counted = new ConcurrentHashMap<>();
    /** Every delivery of any change, counted to see when deliveries have stopped arriving. */
    private final AtomicLong deliveries = new AtomicLong();
    /** When each cut-off happened (nanoTime), every one. */
    private final ConcurrentLinkedQueue<Long> cutOffs = new ConcurrentLinkedQueue<>();

    LiveDeliveryBench(String base, String token, MongoDatabase raw) {
        this.base = base;
        this.token = token;
        this.raw = raw;
    }

    void run() throws Exception {
        int subscriberCount = Integer.getInteger("bench.subscribers", 500);
        int perSecond = Integer.getInteger("bench.changesPerSecond", 200);
        int seconds = Integer.getInteger("bench.seconds", 10);
        List<WebSocket> sockets = connect(subscriberCount);
        awaitLive("live-probe");
        // The JIT compiles the create and delivery paths during the first thousands of requests; measured cold, a
        // third of the CPU went to the compiler threads. Unmeasured creates at the same rate first (0 = measure cold).
        int warmUps = Integer.getInteger("bench.warmupCreates", 2_000);
        long warmUpStart = System.nanoTime();
        if (warmUps > 0) {
            createAtRate(warmUps, perSecond, Math.max(1, warmUps / perSecond), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
                    Collections.synchronizedList(new ArrayList<>()), new double[1]);
            settle(Long.MAX_VALUE);
        }
        awaitLive("live-probe-after-warmup");
        List<Long> warmUpCuts = drain(cutOffs); // the warm-up's, and those of the subscribers resuming after it

        int changes = perSecond * seconds;
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        List<Long> createTimes = Collections.synchronizedList(new ArrayList<>());
        double[] achieved = new double[1];
        String profile = System.getProperty("bench.profile");
        long tailCpu = threadCpu("change-tail", "change-delivery-");
        long processCpu = processCpu();
        Map<Long, Long> threadsCpu = threadsCpu();
        received.clear();
        subscribers.forEach(Subscriber::measure);
        long measuredStart = System.nanoTime();
        if (profile == null) {
            createAtRate(changes, perSecond, seconds, sentAt, answeredAt, createTimes, achieved);
        } else {
            ProfileSummary.record(java.nio.file.Path.of(profile), "live delivery", changes, took -> String.format(Locale.ROOT,
                    "live delivery: %d subscriptions of lead changes on %d connections, %,d lead creates at %d/s asked, "
                    + "recorded for %,d ms (the creates, then the last deliveries)", subscriberCount, sockets.size(), changes,
                    perSecond, took.toMillis()), () -> createAtRate(changes, perSecond, seconds, sentAt, answeredAt, createTimes, achieved));
        }
        // The last deliveries: until every subscriber has every measured change, or none arrived for 10 s (at most two minutes).
        long expected = (long) sentAt.size() * subscribers.size();
        settle(expected);
        tailCpu = threadCpu("change-tail", "change-delivery-") - tailCpu;
        processCpu = processCpu() - processCpu;
        List<Long> measuredCuts = drain(cutOffs);
        long complete = subscribers.stream().filter(subscriber -> subscriber.measured.keySet().containsAll(sentAt.keySet())).count();
        Map<String, Long> cpuByThreads = cpuByThreads(threadsCpu);
        long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        List<Long> delivery = new ArrayList<>();
        List<Long> afterAnswer = new ArrayList<>();
        for (Object[] receipt : received) {
            Long start = sentAt.get((String) receipt[0]);
            if (start != null) {
                delivery.add((Long) receipt[1] - start);
                afterAnswer.add((Long) receipt[1] - answeredAt.get((String) receipt[0]));
            }
        }
        Collections.sort(delivery);
        Collections.sort(afterAnswer);
        Collections.sort(createTimes);
        List<Long> inserts = rawInserts(changes, period);
        long everCut = subscribers.stream().filter(subscriber -> subscriber.cutInRun > 0).count();
        long repeats = subscribers.stream().mapToLong(subscriber -> subscriber.repeats).sum();
        System.out.println();
        System.out.println("Subscription: " + SUBSCRIBE);
        System.out.printf(Locale.ROOT, "Subscribers: %d subscriptions of one staff system on %d connections; staff may read every lead, so each "
                + "subscriber is expected to receive every measured change (100%%)%n", subscribers.size(), sockets.size());
        System.out.println("What a dealer's subscription would receive instead (only leads routed to its dealer), by dealer of the measured "
                + "leads: " + dealerShares(sentAt.keySet()));
        System.out.printf(Locale.ROOT, "Warm-up: %,d unmeasured creates at the same rate first (-Dbench.warmupCreates); cut off as too slow "
                + "during it: %d times%s (each subscribed again after its last sequence)%n", warmUps, warmUpCuts.size(),
                when(warmUpCuts, warmUpStart));
        System.out.printf(Locale.ROOT, "Live delivery: %d lead creates at %d/s asked (%.0f/s achieved); deliveries %,d received of %,d "
                + "expected (%d of %d subscribers received every measured change); cut off as too slow during the measured run: "
                + "%d times, %d subscribers%s; %,d repeated deliveries%n", sentAt.size(), perSecond, achieved[0], delivery.size(), expected,
                complete, subscribers.size(), measuredCuts.size(), everCut, when(measuredCuts, measuredStart), repeats);
        print("change -> subscriber (request start to receipt)", delivery);
        // Without the create's own queueing: negative where the change arrived before the create's answer.
        print("change -> subscriber (create's answer to receipt)", afterAnswer);
        print("API createLead (request to answer)", createTimes);
        print("driver insertOne of the same document", inserts);
        if (!delivery.isEmpty() && !inserts.isEmpty()) {
            System.out.printf(Locale.ROOT, "delivery / raw write: p50 %.1fx, p99 %.1fx%n",
                    (double) CanaleBench.p(delivery, 50) / CanaleBench.p(inserts, 50),
                    (double) CanaleBench.p(delivery, 99) / CanaleBench.p(inserts, 99));
        }
        // CPU time, which the load of other processes on the machine distorts far less than latencies.
        double perDelivery = delivery.isEmpty() ? 0 : 1e-3 / delivery.size();
        System.out.printf(Locale.ROOT, "CPU of this process (server, embedded store, benchmark clients): %.1f s = %.2f ms per create; of the "
                + "change tail's and delivery threads: %.1f s = %.1f us per delivery%n", processCpu / 1e9,
                sentAt.isEmpty() ? 0 : processCpu / 1e6 / sentAt.size(), tailCpu / 1e9, tailCpu * perDelivery);
        StringBuilder threadText = new StringBuilder("CPU by thread (this process, threads alike by name; virtual threads count on their carriers):");
        cpuByThreads.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(entry -> threadText.append(String.format(Locale.ROOT, " %s %.1f s;", entry.getKey(), entry.getValue() / 1e9)));
        System.out.println(threadText);
        for (WebSocket socket : sockets) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    /** How the measured leads were routed: per dealer, how many and what share (no dealer: "unrouted"). */
    private String dealerShares(java.util.Set<String> leadIds) {
        Map<String, Integer> perDealer = new java.util.TreeMap<>();
        for (Document lead : raw.getCollection("leads").find(new Document("_id", new Document("$in", new ArrayList<>(leadIds))))
                .projection(new Document("dealerId", 1))) {
            perDealer.merge(lead.getString("dealerId") == null ? "unrouted" : lead.getString("dealerId"), 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder();
        perDealer.forEach((dealer, count) -> text.append(String.format(Locale.ROOT, "%s %,d (%.0f%%); ", dealer, count,
                100.0 * count / Math.max(1, leadIds.size()))));
        return text.toString();
    }

    /** When the cut-offs happened, in seconds after the start of their phase. */
    private static String when(List<Long> cuts, long start) {
        if (cuts.isEmpty()) {
            return "";
        }
        Map<Long, Integer> perSecond = new java.util.TreeMap<>();
        cuts.forEach(at -> perSecond.merge(TimeUnit.NANOSECONDS.toSeconds(at - start), 1, Integer::sum));
        StringBuilder text = new StringBuilder(" (per second after the phase's start:");
        perSecond.forEach((second, count) -> text.append(' ').append(second).append("s: ").append(count));
        return text.append(')').toString();
    }

    private static List<Long> drain(ConcurrentLinkedQueue<Long> queue) {
        List<Long> drained = new ArrayList<>();
        for (Long at; (at = queue.poll()) != null;) {
            drained.add(at);
        }
        return drained;
    }

    /**
     * Waits until every subscriber has heard of the same change. A subscription starts when the server has read its
     * subscribe message, so one read after a probe was appended never hears that probe: probe again until all have.
     */
    private void awaitLive(String name) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            String probe = create(name + "-" + System.nanoTime(), new long[1]);
            counted.put(probe, true);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < deadline) {
                if (subscribers.stream().allMatch(subscriber -> subscriber.heard.containsKey(probe))) {
                    counted.clear();
                    subscribers.forEach(subscriber -> subscriber.heard.clear());
                    return;
                }
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("not every subscriber is live after 20 probes");
    }

    /**
     * The CPU time the server's threads whose names start with one of these have used, in ns: the change tail
     * ("change-tail") and its delivery lanes ("change-delivery-N").
     */
    private static long threadCpu(String... prefixes) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            for (String prefix : prefixes) {
                if (thread.getName().startsWith(prefix)) {
                    cpu += Math.max(0, threads.getThreadCpuTime(thread.threadId()));
                    break;
                }
            }
        }
        return cpu;
    }

    /** CPU time of every live platform thread of this process, by thread id. */
    private static Map<Long, Long> threadsCpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new java.util.HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            cpu.put(id, Math.max(0, threads.getThreadCpuTime(id)));
        }
        return cpu;
    }

    /** CPU time used since {@code before}, summed over threads whose names differ only in their numbers. */
    private static Map<String, Long> cpuByThreads(Map<Long, Long> before) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Long> byName = new java.util.HashMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long used = Math.max(0, threads.getThreadCpuTime(info.getThreadId())) - before.getOrDefault(info.getThreadId(), 0L);
                byName.merge(info.getThreadName().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}|\\d+", "#"), used, Long::sum);
            }
        }
        return byName;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Creates {@code changes} leads through the API at {@code perSecond}; answers once all are answered. */
    private void createAtRate(int changes, int perSecond, int seconds, Map<String, Long> sentAt, Map<String, Long> answeredAt,
            List<Long> createTimes, double[] achieved) throws InterruptedException {
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
            createAsync("live-" + run + "-" + i).whenComplete((id, failure) -> {
                if (id != null) {
                    long end = System.nanoTime();
                    sentAt.put(id, start);
                    answeredAt.put(id, end);
                    createTimes.add(end - start);
                }
                answered.countDown();
            });
        }, 0, period, TimeUnit.NANOSECONDS);
        answered.await(seconds * 10L + 60, TimeUnit.SECONDS);
        achieved[0] = changes / ((System.nanoTime() - run) / 1e9);
        pace.shutdownNow();
    }

    /**
     * Waits until {@code expected} measured deliveries have arrived, or none at all for ten seconds (at most two
     * minutes): the backlog is gone.
     */
    private void settle(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        long seen = -1;
        while (System.nanoTime() < deadline && deliveries.get() != seen && received.size() < expected) {
            seen = deliveries.get();
            for (int i = 0; i < 200 && received.size() < expected; i++) {
                Thread.sleep(50);
            }
        }
    }

    private List<WebSocket> connect(int count) {
        List<WebSocket> sockets = new ArrayList<>();
        for (int c = 0; c * PER_CONNECTION < count; c++) {
            int subscriptions = Math.min(PER_CONNECTION, count - c * PER_CONNECTION);
            CompletableFuture<Void> acked = new CompletableFuture<>();
            Connection connection = new Connection(acked);
            WebSocket socket = http.newWebSocketBuilder().subprotocols("graphql-transport-ws")
                    .buildAsync(URI.create(base.replace("http://", "ws://") + "/graphql"), connection).join();
            connection.socket = socket;
            connection.send(Map.of("type", "connection_init", "payload", Map.of("Authorization", "Bearer " + token))).join();
            acked.orTimeout(30, TimeUnit.SECONDS).join();
            for (int s = 0; s < subscriptions; s++) {
                Subscriber subscriber = new Subscriber(connection, "s" + s);
                subscribers.add(subscriber);
                connection.subscribe(subscriber, null).join();
            }
            sockets.add(socket);
        }
        return sockets;
    }

    /** One subscriber: its subscriptions over time (one, then another after each cut-off) and what it received. */
    private final class Subscriber {

        private final Connection connection;
        private final String name;
        private volatile long lastSequence = -1;
        private int generation;
        /** Changes heard while probing for liveness. */
        final Map<String, Boolean> heard = new ConcurrentHashMap<>();
        /** Measured changes received (each once). */
        final Map<String, Boolean> measured = new ConcurrentHashMap<>();
        volatile boolean measuring;
        volatile int cutInRun;
        volatile long repeats;

        Subscriber(Connection connection, String name) {
            this.connection = connection;
            this.name = name;
        }

        String nextId() {
            return name + "-" + generation++;
        }

        void measure() {
            measuring = true;
        }

        /** Called on the connection's listener thread only. */
        void receive(String recordId, long sequence, long at) {
            deliveries.incrementAndGet();
            if (sequence > lastSequence) {
                lastSequence = sequence;
            } else {
                repeats++;
            }
            if (counted.containsKey(recordId)) {
                heard.put(recordId, true);
            }
            if (measuring && measured.putIfAbsent(recordId, true) == null) {
                received.add(new Object[] {recordId, at});
            }
        }

        /** Ended as too slow: subscribe again after the last sequence received, as a client does. */
        void cutOff() {
            cutOffs.add(System.nanoTime());
            if (measuring) {
                cutInRun++;
            }
            connection.subscribe(this, lastSequence < 0 ? null : Long.toString(lastSequence));
        }
    }

    /** One WebSocket connection: its subscribers by subscription id, and its messages, sent one after the other. */
    private final class Connection implements WebSocket.Listener {

        private final CompletableFuture<Void> acked;
        private final StringBuilder partial = new StringBuilder();
        private final Map<String, Subscriber> byId = new ConcurrentHashMap<>();
        private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
        volatile WebSocket socket;

        Connection(CompletableFuture<Void> acked) {
            this.acked = acked;
        }

        synchronized CompletableFuture<?> subscribe(Subscriber subscriber, String afterSequence) {
            String id = subscriber.nextId();
            byId.put(id, subscriber);
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put("after", afterSequence);
            return send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", SUBSCRIBE, "variables", variables)));
        }

        /** The JDK's WebSocket takes one message at a time: each waits for the one before. */
        synchronized CompletableFuture<?> send(Object message) {
            String text = CanaleBench.JSON.writeValueAsString(message);
            sending = sending.thenCompose(done -> socket.sendText(text, true));
            return sending;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                long at = System.nanoTime();
                String message = partial.toString();
                partial.setLength(0);
                int record = message.indexOf("\"recordId\":\"");
                if (record >= 0) {
                    int from = record + 12;
                    String recordId = message.substring(from, message.indexOf('"', from));
                    int sequence = message.indexOf("\"sequence\":\"") + 12;
                    Subscriber subscriber = byId.get(field(message, "id"));
                    if (subscriber != null) {
                        subscriber.receive(recordId, Long.parseLong(message.substring(sequence, message.indexOf('"', sequence))), at);
                    }
                } else if (message.contains("connection_ack")) {
                    acked.complete(null);
                } else if (message.contains("SLOW_SUBSCRIBER")) {
                    Subscriber subscriber = byId.remove(field(message, "id"));
                    if (subscriber != null) {
                        subscriber.cutOff();
                    }
                } else if (message.contains("\"ping\"")) {
                    send(Map.of("type", "pong"));
                } else if (message.contains("\"error\"")) {
                    System.err.println("subscription error: " + message);
                }
            }
            webSocket.request(1);
            return null;
        }

        private static String field(String message, String name) {
            int at = message.indexOf("\"" + name + "\":\"");
            if (at < 0) {
                return null;
            }
            int from = at + name.length() + 4;
            return message.substring(from, message.indexOf('"', from));
        }
    }

    private String create(String key, long[] took) throws Exception {
        long start = System.nanoTime();
        String id = createAsync(key).get(30, TimeUnit.SECONDS);
        took[0] = System.nanoTime() - start;
        return id;
    }

    /** Creates a lead through the API as the staff system; answers its id. */
    CompletableFuture<String> createAsync(String key) {
        String body = CanaleBench.JSON.writeValueAsString(Map.of("query", CREATE, "variables", Map.of("input", Map.of(
                "idempotencyKey", key, "contact", Map.of("name", "Live " + key, "email", key + "@bench.example"),
                "address", Map.of("country", "IT", "region", "Lazio")))));
        return http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/graphql")).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> CanaleBench.JSON.readTree(response.body()).at("/data/createLead/lead/id").asString(null));
    }

    /** The driver inserting the same lead document as often, one at a time: the raw write the deliveries compare to. */
    List<Long> rawInserts(int count, long period) throws InterruptedException {
        MongoCollection<Document> leads = raw.getCollection("leads");
        Document template = leads.find().first();
        MongoCollection<Document> scratch = raw.getCollection("bench_live_inserts");
        List<Long> times = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Document copy = new Document(template);
            copy.put("_id", new ObjectId().toHexString());
            copy.remove("_changes");
            long start = System.nanoTime();
            scratch.insertOne(copy);
            times.add(System.nanoTime() - start);
        }
        scratch.drop();
        Collections.sort(times);
        return times;
    }

    static void print(String what, List<Long> sorted) {
        if (sorted.isEmpty()) {
            System.out.println(what + ": nothing measured");
            return;
        }
        System.out.printf(Locale.ROOT, "%-50s p50 %8.2f ms  p99 %8.2f ms  (n=%,d)%n", what, CanaleBench.ms(CanaleBench.p(sorted, 50)),
                CanaleBench.ms(CanaleBench.p(sorted, 99)), sorted.size());
    }
}
