package io.canale.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How fast a warm server refuses each kind of abusive request, against a cheap valid query in the same run: one
 * client, requests in turn, each answer checked (status and error code) so that a figure never times the wrong
 * thing. Every request carries a valid bearer token, as an authenticated abuser's would.
 */
final class RefusalTimings {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** 1 + 1 × (edges 1 + node (1 + id + name)) = 5 points, and one MongoDB read. */
    static final String CHEAP = "{ partners(first: 1) { edges { node { id name } } } }";
    /** 401 points: more than a budget of 1,000 emptied restores (1 per second) during the measurement. */
    static final String PAGE = "{ partners(first: 100) { edges { node { id name } } } }";
    /** Three such pages, 1,203 points: more than the whole bucket, so it takes all of a full one. */
    static final String DRAIN = "{ a: partners(first: 100) { edges { node { id name } } } "
            + "b: partners(first: 100) { edges { node { id name } } } c: partners(first: 100) { edges { node { id name } } } }";

    /**
     * One kind of request, what it must be answered with, and how to send it. {@code mayClose}: the server may
     * answer and close the connection before the client has sent the whole body (Tomcat does so rather than read
     * more than 2 MB of a refused body); the client then sees a broken connection instead of the answer.
     */
    record Kind(String name, Set<Integer> statuses, String code, boolean mayClose, Request request) {

        Kind(String name, Set<Integer> statuses, String code, Request request) {
            this(name, statuses, code, false, request);
        }
    }

    @FunctionalInterface
    interface Request {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    RefusalTimings(String base) {
        this.base = base;
    }

    void run(String token, String budgetToken, int requests) throws Exception {
        String deep = "{ __type(name: \"Lead\") { " + "ofType { ".repeat(30) + "name" + " }".repeat(30) + " } }";
        String deepInvalid = "{ partners(first: 1) { edges { node { territory { countries " + "{ x ".repeat(10) + "}".repeat(10)
                + " } } } } }";
        StringBuilder costly = new StringBuilder("{ ");
        for (int i = 0; i < 10; i++) {
            costly.append("p").append(i).append(": partners(first: 100) { edges { cursor node { id name type tier active ")
                    .append("version territory { countries regions } } } } ");
        }
        StringBuilder aliases = new StringBuilder("{ ");
        for (int i = 0; i < 31; i++) {
            aliases.append("v").append(i).append(": viewer { subject } ");
        }
        byte[] oversized = JSON.writeValueAsBytes(Map.of("query", "{ viewer { subject } }", "variables",
                Map.of("padding", "x".repeat(3 * 1024 * 1024))));
        byte[] malformed = "{\"query\": \"{ viewer { subject } }\", \"variables\": {".getBytes(StandardCharsets.UTF_8);

        String costlyQuery = costly.append("}").toString();
        String aliasesQuery = aliases.append("}").toString();
        // Empties the budget client's bucket (1,000 points, 1 restored per second), so that PAGE no longer fits.
        check(new Kind("spending the budget", Set.of(200), null, null), graphql(budgetToken, DRAIN, GRAPHQL_RESPONSE));

        List<Kind> kinds = List.of(
                new Kind("valid: cheap query (partners, first 1)", Set.of(200), null, () -> graphql(token, CHEAP, GRAPHQL_RESPONSE)),
                new Kind("valid: standard introspection query", Set.of(200), null,
                        () -> graphql(token, graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY, GRAPHQL_RESPONSE)),
                new Kind("too deep: ofType nested 30 times (introspection)", Set.of(400), "BadFaithIntrospection",
                        () -> graphql(token, deep, GRAPHQL_RESPONSE)),
                new Kind("too deep: 15 levels, past the schema's 6 (validation)", Set.of(400), "ValidationError",
                        () -> graphql(token, deepInvalid, GRAPHQL_RESPONSE)),
                new Kind("too costly: 10 aliased pages of 100", Set.of(400), "QUERY_TOO_COSTLY",
                        () -> graphql(token, costlyQuery, GRAPHQL_RESPONSE)),
                new Kind("too many repeats: one field 31 times", Set.of(400), "QUERY_TOO_MANY_ALIASES",
                        () -> graphql(token, aliasesQuery, GRAPHQL_RESPONSE)),
                new Kind("body over the limit: 3 MiB with Content-Length", Set.of(413), null, true,
                        () -> post(token, HttpRequest.BodyPublishers.ofByteArray(oversized))),
                new Kind("body over the limit: 3 MiB chunked", Set.of(400, 411, 413), null, true,
                        () -> post(token, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oversized)))),
                new Kind("malformed JSON", Set.of(400), null, () -> post(token, HttpRequest.BodyPublishers.ofByteArray(malformed))),
                new Kind("over the rate budget (401 points, bucket spent)", Set.of(429), "RATE_LIMITED",
                        () -> graphql(budgetToken, PAGE, GRAPHQL_RESPONSE)));

        // Warm-up, as many requests of each kind as are measured: they load classes and compile, unmeasured.
        for (Kind kind : kinds) {
            for (int i = 0; i < requests; i++) {
                answer(kind);
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Refusals on a warm server, one client, %d requests per kind, each answer checked "
                + "(load average %.1f; bench-budget-system: 1,000 points, 1 restored per second)%n", requests,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "%-55s %-40s %9s %9s %10s %10s%n", "request", "answer", "p50", "p99",
                "p50 ratio", "p99 ratio");
        List<Long> valid = null;
        for (Kind kind : kinds) {
            List<Long> times = new ArrayList<>(requests);
            String answer = "";
            int closed = 0;
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                String outcome = answer(kind);
                times.add(System.nanoTime() - start);
                if (outcome == null) {
                    closed++;
                } else {
                    answer = outcome;
                }
            }
            Collections.sort(times);
            if (valid == null) {
                valid = times;
            }
            System.out.printf(Locale.ROOT, "%-55s %-40s %7.2fms %7.2fms %9.1fx %9.1fx%n", kind.name(),
                    answer + (closed == 0 ? "" : " (" + closed + " closed early)"), ms(p(times, 50)), ms(p(times, 99)),
                    (double) p(times, 50) / p(valid, 50), (double) p(times, 99) / p(valid, 99));
        }
    }

    /** The checked answer; null when the server closed the connection early, where a kind allows it. */
    private static String answer(Kind kind) throws InterruptedException, IOException {
        try {
            return check(kind, kind.request().send());
        } catch (IOException closed) {
            if (!kind.mayClose()) {
                throw closed;
            }
            return null;
        }
    }

    /** The answer as "status code", or a failure if it is not the one this kind must get. */
    private static String check(Kind kind, HttpResponse<String> response) {
        String code = "";
        if (response.body().startsWith("{")) {
            JsonNode error = JSON.readTree(response.body()).at("/errors/0");
            code = error.at("/extensions/code").asString(error.at("/extensions/classification").asString(""));
        }
        if (!kind.statuses().contains(response.statusCode()) || (kind.code() != null && !kind.code().equals(code))) {
            throw new IllegalStateException(kind.name() + ": unexpected answer " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response.statusCode() + (code.isEmpty() ? "" : " " + code);
    }

    private HttpResponse<String> graphql(String token, String query, String accept) throws IOException, InterruptedException {
        return send(token, accept, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(Map.of("query", query))));
    }

    private HttpResponse<String> post(String token, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        return send(token, GRAPHQL_RESPONSE, body);
    }

    private HttpResponse<String> send(String token, String accept, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/graphql")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", accept).POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long p(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
