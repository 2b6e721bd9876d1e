package io.canale.shared.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.BackendProcess;
import io.canale.support.Http;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * What an operator sees after {@code kill -9}: the backend runs as a separate process on the file-backed
 * embedded store, a partner system creates leads from four threads, the process is killed with SIGKILL in
 * the middle of that, and after a restart on the same data directory every create that had been answered
 * is there.
 */
class CrashDurabilityTests {

    static final int WRITERS = 4;
    static final int ACKNOWLEDGED_BEFORE_KILL = 300;
    static final String CREATE = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } "
            + "userErrors { field code message } } }";
    static final String PAGE = "query($after: String) { leads(first: 100, after: $after) { edges { node { id } } "
            + "pageInfo { hasNextPage endCursor } } }";

    @TempDir
    Path dir;

    @Test
    void every_lead_create_answered_before_a_kill_9_is_there_after_the_restart() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (BackendProcess first = BackendProcess.start(dir, "first")) {
            String token = first.http.clientToken("dealer-system");
            CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    running.add(writers.submit(() -> createUntilKilled(first.http, token, writer, acknowledged, enough, killed)));
                }
                long writing = System.nanoTime();
                assertThat(enough.await(45, TimeUnit.SECONDS)).as("%d creates answered before the kill", acknowledged.size())
                        .isTrue();
                killed.set(true);
                first.kill();
                for (Future<?> writer : running) {
                    writer.get(30, TimeUnit.SECONDS);
                }
                System.out.printf("[canale-tests] kill -9 after %d creates answered in %.1f s by %d writers%n",
                        acknowledged.size(), (System.nanoTime() - writing) / 1e9, WRITERS);
            } finally {
                writers.shutdownNow();
            }
        }
        try (BackendProcess second = BackendProcess.start(dir, "second")) {
            Set<String> stored = leadIds(second.http, second.http.clientToken("dealer-system"));
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            System.out.printf("[canale-tests] after the restart: %d of %d answered creates missing%n", lost.size(),
                    acknowledged.size());
            assertThat(lost).as("creates answered before the kill but missing after the restart, of %d answered",
                    acknowledged.size()).isEmpty();
            // Each answered create also has its one change entry: relayed before the kill, or by the sweep at start.
            String token = second.http.clientToken("dealer-system");
            Map<String, Integer> created = new HashMap<>();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
                created.clear();
                created.putAll(createdLeadEntries(second.http, token));
                return created.keySet().containsAll(acknowledged);
            });
            assertThat(created.entrySet().stream().filter(entry -> entry.getValue() > 1).toList())
                    .as("leads with more than one CREATED entry").isEmpty();
            System.out.printf("[canale-tests] after the restart: the change feed holds a CREATED entry for each of the %d answered creates%n",
                    acknowledged.size());
        }
    }

    static final String CHANGES = "query($after: String) { changes(first: 100, after: $after, types: [LEAD]) { edges { node { "
            + "recordId changeType } } pageInfo { hasNextPage endCursor } } }";

    /** How many CREATED entries the feed holds per lead. */
    private static Map<String, Integer> createdLeadEntries(Http http, String token) {
        Map<String, Integer> created = new HashMap<>();
        String after = null;
        boolean more = true;
        while (more) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonNode page = http.graphql(token, CHANGES, variables).at("/data/changes");
            page.path("edges").forEach(edge -> {
                if (edge.at("/node/changeType").asString().equals("CREATED")) {
                    created.merge(edge.at("/node/recordId").asString(), 1, Integer::sum);
                }
            });
            more = page.at("/pageInfo/hasNextPage").asBoolean();
            after = page.at("/pageInfo/endCursor").asString();
        }
        return created;
    }

    /** Creates leads until the backend is gone; a create counts as acknowledged once its answer has arrived. */
    private static Void createUntilKilled(Http http, String token, int writer, Set<String> acknowledged,
            CountDownLatch enough, AtomicBoolean killed) {
        for (int i = 0; ; i++) {
            Map<String, Object> input = Map.of("idempotencyKey", "crash-" + writer + "-" + i,
                    "contact", Map.of("name", "Crash Test " + writer + "-" + i, "email", "crash-" + writer + "-" + i + "@example.com"),
                    "address", Map.of("country", "IT", "region", "Lazio"));
            JsonNode answer;
            try {
                answer = http.graphql(token, CREATE, Map.of("input", input));
            } catch (IllegalStateException | UncheckedIOException | AssertionError ex) {
                if (killed.get()) {
                    return null;
                }
                throw ex;
            }
            String id = answer.at("/data/createLead/lead/id").asString("");
            assertThat(id).as(answer.toString()).isNotBlank();
            acknowledged.add(id);
            enough.countDown();
        }
    }

    private static Set<String> leadIds(Http http, String token) {
        Set<String> ids = new HashSet<>();
        String after = null;
        boolean more = true;
        while (more) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonNode page = http.graphql(token, PAGE, variables).at("/data/leads");
            page.path("edges").forEach(edge -> ids.add(edge.at("/node/id").asString()));
            more = page.at("/pageInfo/hasNextPage").asBoolean();
            after = page.at("/pageInfo/endCursor").asString();
        }
        return ids;
    }
}
