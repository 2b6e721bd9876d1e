package io.canale.support.fuzz;

import io.canale.support.Http;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;

/**
 * One fuzzing run against a started backend: the audiences' tokens, what the API answered so far
 * ({@link Pools}), the log watch, and the checks every call goes through — a typed answer, nothing logged as
 * a server fault, and no record changed by a refused call.
 */
public final class FuzzRun implements AutoCloseable {

    /** How a run is configured: {@code -Dcanale.fuzz.seed}, {@code -Dcanale.fuzz.tries}, {@code -Dcanale.fuzz.fields}. */
    public record Settings(long seed, int tries, Set<String> only) {

        public static final long DEFAULT_SEED = 20_261_207L;
        public static final int DEFAULT_TRIES = 4;

        public static Settings fromSystemProperties() {
            String only = System.getProperty("canale.fuzz.fields", "");
            return new Settings(Long.getLong("canale.fuzz.seed", DEFAULT_SEED),
                    Integer.getInteger("canale.fuzz.tries", DEFAULT_TRIES),
                    only.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(only.split("\\s*,\\s*"))));
        }

        public boolean covers(String target) {
            return only.isEmpty() || only.contains(target);
        }
    }

    /** Who calls: the partner systems of the issue and a staff person, with their demo logins. */
    public enum Audience {
        DEALER("dealer-system"), SUPPLIER("supplier-system"), CARRIER("carrier-system"), STAFF("staff@canale.demo");

        public final String login;

        Audience(String login) {
            this.login = login;
        }
    }

    /** One call's answer (null when the server broke the connection off) and what is wrong with it. */
    public record Judged(HttpResponse<String> response, JsonNode json, List<String> problems) {

        public String status() {
            return response == null ? "no answer" : "HTTP " + response.statusCode();
        }

        public String body() {
            return response == null ? "" : response.body();
        }
    }

    private static final Duration TOKEN_LIFE = Duration.ofMinutes(4);

    private final Http http;
    private final MongoOperations mongo;
    private final Settings settings;
    private final Pools pools = new Pools();
    private final LogWatch log = LogWatch.attach();
    private final Map<Audience, String> tokens = new EnumMap<>(Audience.class);
    private final Map<Audience, Long> tokenTimes = new EnumMap<>(Audience.class);
    private final Map<String, int[]> outcomesByTarget = new TreeMap<>();
    private final long started = System.nanoTime();

    public FuzzRun(Http http, MongoOperations mongo, Settings settings) {
        this.http = http;
        this.mongo = mongo;
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    public Pools pools() {
        return pools;
    }

    public Http http() {
        return http;
    }

    /** A current access token of the audience (tokens live five minutes; long runs fetch new ones). */
    public String token(Audience audience) {
        Long fetched = tokenTimes.get(audience);
        if (fetched == null || System.nanoTime() - fetched > TOKEN_LIFE.toNanos()) {
            tokens.put(audience, audience.login.contains("@") ? http.userToken(audience.login) : http.clientToken(audience.login));
            tokenTimes.put(audience, System.nanoTime());
        }
        return tokens.get(audience);
    }

    public StoreDigest digest() {
        return StoreDigest.of(mongo);
    }

    /**
     * Sends one call and judges it: the answer must be typed (see {@link Answers}), nothing may be logged as
     * a server fault meanwhile, and when {@code refused} says the call was refused, no record may differ.
     */
    public Judged call(String target, Supplier<HttpResponse<String>> send,
            BiPredicate<HttpResponse<String>, JsonNode> refused) {
        StoreDigest before = digest();
        HttpResponse<String> response;
        try {
            response = send.get();
        } catch (UncheckedIOException brokenOff) {
            List<String> problems = new ArrayList<>(List.of("the server broke the answer off: " + brokenOff.getCause()));
            problems.addAll(log.drain());
            return new Judged(null, null, problems);
        }
        JsonNode json = Answers.json(response);
        List<String> problems = new ArrayList<>(Answers.problems(response));
        problems.addAll(log.drain());
        boolean refusedCall = refused.test(response, json);
        int[] outcomes = outcomesByTarget.computeIfAbsent(target, key -> new int[3]);
        outcomes[0]++;
        outcomes[1] += json != null && json.has("data") ? 1 : 0;
        outcomes[2] += refusedCall ? 0 : 1;
        if (refusedCall) {
            Set<String> changed = digest().changedSince(before);
            if (!changed.isEmpty()) {
                problems.add("a refused call changed records in " + changed);
            }
        }
        if (json != null) {
            pools.harvest(json.path("data"));
        }
        return new Judged(response, json, problems);
    }

    /** What was logged as a server fault since the last call. */
    public List<String> loggedFaults() {
        return log.drain();
    }

    public int calls() {
        return outcomesByTarget.values().stream().mapToInt(outcomes -> outcomes[0]).sum();
    }

    /**
     * The run in numbers: calls, and per target how many calls were executed (not refused by validation) and
     * how many were accepted (not refused at all), which shows how deep the generated values reach.
     */
    public String summary() {
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        return "[canale-fuzz] seed " + settings.seed + ", tries " + settings.tries + ": " + calls() + " calls to "
                + outcomesByTarget.size() + " targets in " + seconds + " s; calls/executed/accepted per target: "
                + outcomesByTarget.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue()[0] + "/"
                        + entry.getValue()[1] + "/" + entry.getValue()[2]).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        log.close();
    }
}
