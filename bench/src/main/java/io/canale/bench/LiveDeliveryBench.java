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
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Change → subscriber delivery: {@code bench.subscribers} subscriptions (ten per WebSocket connection) to the lead
 * changes, while leads are created through the API at {@code bench.changesPerSecond} for {@code bench.seconds}. Each
 * delivery's latency runs from the create request's start to the subscriber receiving the change; the API's own
 * create latency and the driver's {@code insertOne} of the same document are measured in the same run for scale.
 * Subscribers that fall behind are ended by the server ({@code SLOW_SUBSCRIBER}); they are counted.
 */
final class LiveDeliveryBench {

    /** What each subscription asks for: {@code -Dbench.liveSelection=full} for every field of a change. */
    private static final String SUBSCRIBE = "full".equals(System.getProperty("bench.liveSelection"))
            ? "subscription { changes(types: [LEAD]) { recordId sequence recordType changeType version at actor { kind name partnerType } "
                    + "fields { path before after } } }"
            : "subscription { changes(types: [LEAD]) { recordId } }";
    private static final String CREATE = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } userErrors { code } } }";
    private static final int PER_CONNECTION = 10;

    private final String base;
    private final String token;
    private final MongoDatabase raw;
    private final HttpClient http = HttpClient.newHttpClient();
    /** (record id, nanoTime received), every delivery of every subscriber. */
    private final ConcurrentLinkedQueue<Object[]> received = new ConcurrentLinkedQueue<>();
    private final AtomicInteger ended = new AtomicInteger();

    LiveDeliveryBench(String base, String token, MongoDatabase raw) {
        this.base = base;
        this.token = token;
        this.raw = raw;
    }

    void run() throws Exception {
        int subscribers = Integer.getInteger("bench.subscribers", 500);
        int perSecond = Integer.getInteger("bench.changesPerSecond", 200);
        int seconds = Integer.getInteger("bench.seconds", 10);
        List<WebSocket> sockets = connect(subscribers);
        // Every subscription is live once each has heard of the same warm-up change (a subscription starts when the
        // server has read its subscribe message: warm up again until all have).
        long live = 0;
        for (int attempt = 0; attempt < 12 && live < subscribers; attempt++) {
            received.clear();
            String warmUp = create("live-warmup-" + System.nanoTime(), new long[1]);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while ((live = received.stream().filter(r -> warmUp.equals(r[0])).count()) < subscribers && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
        received.clear();
        // The JIT compiles the create and delivery paths during the first thousands of requests; measured cold, a
        // third of the CPU went to the compiler threads. Unmeasured creates at the same rate first (0 = measure cold).
        int warmUps = Integer.getInteger("bench.warmupCreates", 2_000);
        if (warmUps > 0) {
            createAtRate(warmUps, perSecond, Math.max(1, warmUps / perSecond), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
                    Collections.synchronizedList(new ArrayList<>()), new double[1]);
            settle();
        }
        received.clear();
        int endedInWarmUp = ended.getAndSet(0);

        int changes = perSecond * seconds;
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        List<Long> createTimes = Collections.synchronizedList(new ArrayList<>());
        double[] achieved = new double[1];
        String profile = System.getProperty("bench.profile");
        long tailCpu = tailThreadCpu();
        long processCpu = processCpu();
        if (profile == null) {
            createAtRate(changes, perSecond, seconds, sentAt, answeredAt, createTimes, achieved);
        } else {
            ProfileSummary.record(java.nio.file.Path.of(profile), "live delivery", changes, took -> String.format(Locale.ROOT,
                    "live delivery: %d subscriptions of lead changes on %d connections, %,d lead creates at %d/s asked, "
                    + "recorded for %,d ms (the creates, then 5 s for the last deliveries)", subscribers, sockets.size(), changes,
                    perSecond, took.toMillis()), () -> createAtRate(changes, perSecond, seconds, sentAt, answeredAt, createTimes, achieved));
        }
        tailCpu = tailThreadCpu() - tailCpu;
        processCpu = processCpu() - processCpu;
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
        long expected = (long) sentAt.size() * live;
        System.out.println();
        System.out.println("Subscription: " + SUBSCRIBE);
        System.out.printf(Locale.ROOT, "Warm-up: %,d unmeasured creates at the same rate first (-Dbench.warmupCreates); %d subscriptions "
                + "ended as too slow during it%n", warmUps, endedInWarmUp);
        System.out.printf(Locale.ROOT, "Live delivery: %d subscriptions on %d connections (%d live after warm-up), %d lead creates at %d/s "
                + "asked (%.0f/s achieved), %,d deliveries of %,d expected, %d subscriptions ended as too slow%n", subscribers,
                sockets.size(), live, sentAt.size(), perSecond, achieved[0], delivery.size(), expected, ended.get());
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
        System.out.printf(Locale.ROOT, "CPU of this process (server, embedded store, benchmark clients): %.1f s = %.2f ms per create; of the "
                + "change tail's and delivery threads, which run every subscriber's pipeline up to the WebSocket hand-over: %.1f s = %.1f us "
                + "per delivery%n", processCpu / 1e9,
                sentAt.isEmpty() ? 0 : processCpu / 1e6 / sentAt.size(), tailCpu / 1e9, delivery.isEmpty() ? 0 : tailCpu / 1e3 / delivery.size());
        for (WebSocket socket : sockets) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    /**
     * The CPU time the server's change tail thread ("change-tail") and its delivery lanes ("change-delivery-N", where
     * the subscribers' pipelines run since the tail hands entries to lanes) have used, in ns; 0 when there are none.
     */
    private static long tailThreadCpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("change-tail") || thread.getName().startsWith("change-delivery-")) {
                cpu += Math.max(0, threads.getThreadCpuTime(thread.threadId()));
            }
        }
        return cpu;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Creates {@code changes} leads through the API at {@code perSecond}, then waits 5 s for the last deliveries. */
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
        Thread.sleep(5_000); // the last deliveries
    }

    /** Waits until no delivery has arrived for two seconds (at most a minute): the warm-up's backlog is gone. */
    private void settle() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        int seen = -1;
        while (System.nanoTime() < deadline && received.size() != seen) {
            seen = received.size();
            Thread.sleep(2_000);
        }
    }

    private List<WebSocket> connect(int subscribers) {
        List<WebSocket> sockets = new ArrayList<>();
        for (int c = 0; c * PER_CONNECTION < subscribers; c++) {
            int subscriptions = Math.min(PER_CONNECTION, subscribers - c * PER_CONNECTION);
            CompletableFuture<Void> acked = new CompletableFuture<>();
            WebSocket socket = http.newWebSocketBuilder().subprotocols("graphql-transport-ws")
                    .buildAsync(URI.create(base.replace("http://", "ws://") + "/graphql"), new Receiver(acked)).join();
            socket.sendText(CanaleBench.JSON.writeValueAsString(Map.of("type", "connection_init",
                    "payload", Map.of("Authorization", "Bearer " + token))), true).join();
            acked.orTimeout(30, TimeUnit.SECONDS).join();
            for (int s = 0; s < subscriptions; s++) {
                socket.sendText(CanaleBench.JSON.writeValueAsString(Map.of("id", "s" + s, "type", "subscribe",
                        "payload", Map.of("query", SUBSCRIBE))), true).join();
            }
            sockets.add(socket);
        }
        return sockets;
    }

    /** Reads a connection's messages; takes the record id out of the text without parsing the whole message. */
    private final class Receiver implements WebSocket.Listener {

        private final CompletableFuture<Void> acked;
        private final StringBuilder partial = new StringBuilder();

        Receiver(CompletableFuture<Void> acked) {
            this.acked = acked;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                long at = System.nanoTime();
                String message = partial.toString();
                partial.setLength(0);
                int id = message.indexOf("\"recordId\":\"");
                if (id >= 0) {
                    int from = id + 12;
                    received.add(new Object[] {message.substring(from, message.indexOf('"', from)), at});
                } else if (message.contains("connection_ack")) {
                    acked.complete(null);
                } else if (message.contains("SLOW_SUBSCRIBER")) {
                    ended.incrementAndGet();
                } else if (message.contains("\"ping\"")) {
                    socket.sendText("{\"type\":\"pong\"}", true);
                }
            }
            socket.request(1);
            return null;
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
