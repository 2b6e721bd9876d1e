package io.canale.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.canale.support.IntegrationTestBase;
import io.canale.support.fuzz.Answers;
import io.canale.support.fuzz.FileBodies;
import io.canale.support.fuzz.FuzzRun;
import io.canale.support.fuzz.FuzzRun.Audience;
import io.canale.support.fuzz.FuzzRun.Judged;
import io.canale.support.fuzz.GraphQlCalls;
import io.canale.support.fuzz.GraphQlCalls.Call;
import io.canale.support.fuzz.HostileValues;
import io.canale.support.fuzz.StoreDigest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile arguments get a typed answer on every field. The test walks the running schema and calls every
 * query and mutation, as each audience (dealer, supplier and carrier systems, a staff person), with values
 * generated for every argument and input field by {@link HostileValues}; then the file endpoints with
 * generated CSV files, multipart envelopes and web-form bodies ({@link FileBodies}). A call fails the test
 * when its answer is a 5xx, an {@code INTERNAL_ERROR}, or shows a stack trace or class name; when the backend
 * logs an ERROR or a stack trace meanwhile; or when it was refused and any record changed. A field added to
 * the schema is called without touching this test, and each field must be executed at least once (not only
 * refused by validation), so an exception escaping from any resolver is found.
 *
 * <p>Values come from a {@link Random} seeded per field from a fixed seed, driven from a JUnit
 * {@link TestFactory} with one dynamic test per field. jqwik was considered and not used: jqwik 1.10 is built
 * on JUnit Platform 1.x while this suite runs on JUnit 6, and its 1.10 release notes ask not to use it with
 * coding agents, with which this test was written. Shrinking would also help little here, with one stateful
 * server behind every call; each finding prints the whole call instead.
 *
 * <p>CI runs {@value FuzzRun.Settings#DEFAULT_TRIES} tries per field and audience with seed
 * {@value FuzzRun.Settings#DEFAULT_SEED}. Locally, run longer or elsewhere with
 * {@code -Dcanale.fuzz.tries=50 -Dcanale.fuzz.seed=$RANDOM}, or on some fields only with
 * {@code -Dcanale.fuzz.fields=Query.partners,Mutation.createLead} (see README). It runs on its own database so
 * that the records it creates do not meet the other tests.
 */
@TestPropertySource(properties = "spring.mongodb.database=canale-fuzz")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputFuzzTests extends IntegrationTestBase {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final Set<String> IMPORT_RECORDS = Set.of("lead_imports", "lead_import_errors", "fs.files", "fs.chunks");
    static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private static FuzzRun run;
    private static final List<String> FIELDS = new ArrayList<>();

    @Autowired
    GraphQlSource graphQl;

    @Autowired
    MongoOperations mongo;

    @BeforeEach
    void startRun() {
        if (run == null) {
            run = new FuzzRun(http, mongo, FuzzRun.Settings.fromSystemProperties());
            learnWhatTheApiAnswers();
        }
    }

    @AfterAll
    static void report() {
        if (run != null) {
            List<String> late = run.loggedFaults();
            System.out.println("[canale-fuzz] " + FIELDS.size() + " fields of the schema: " + String.join(", ", FIELDS));
            System.out.println(run.summary());
            run.close();
            run = null;
            assertThat(late).as("server faults logged after the last call").isEmpty();
        }
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> every_query_and_mutation_answers_hostile_arguments_with_a_typed_answer() {
        GraphQLSchema schema = graphQl.schema();
        List<DynamicTest> tests = new ArrayList<>();
        for (GraphQLObjectType root : List.of(schema.getQueryType(), schema.getMutationType())) {
            String operation = root == schema.getQueryType() ? "query" : "mutation";
            for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
                String target = root.getName() + "." + field.getName();
                if (!field.getName().startsWith("__") && run.settings().covers(target)) {
                    FIELDS.add(target);
                    tests.add(dynamicTest(target + " answers hostile arguments with a typed answer",
                            () -> fuzz(operation, field, target)));
                }
            }
        }
        assertThat(FIELDS.isEmpty() && run.settings().only().isEmpty()).as("a schema without fields").isFalse();
        return tests.stream();
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> every_file_endpoint_answers_hostile_bodies_with_a_typed_answer() {
        Map<String, Runnable> endpoints = new LinkedHashMap<>();
        endpoints.put("POST /imports/stock", this::fuzzStockUploads);
        endpoints.put("POST /imports/leads", this::fuzzLeadImports);
        endpoints.put("POST /capture/leads", this::fuzzWebForm);
        endpoints.put("POST /capture/service-cases", this::fuzzServiceCaseForm);
        endpoints.put("GET /imports/leads/{id}/errors.csv", this::fuzzErrorReports);
        endpoints.put("POST /service-cases/{caseId}/comments/{commentId}/attachments", this::fuzzAttachmentUploads);
        endpoints.put("GET /service-cases/{caseId}/attachments/{attachmentId}", this::fuzzAttachmentDownloads);
        endpoints.put("GET /orders/{orderId}/confirmation.pdf", this::fuzzConfirmationDownloads);
        endpoints.put("GET /incentives/{programId}/statements/{period}.pdf|.csv", this::fuzzStatementDownloads);
        return endpoints.entrySet().stream().filter(endpoint -> run.settings().covers(endpoint.getKey()))
                .map(endpoint -> dynamicTest(endpoint.getKey() + " answers hostile bodies with a typed answer",
                        endpoint.getValue()::run));
    }

    // ---- GraphQL ----------------------------------------------------------------------------------

    private void fuzz(String operation, GraphQLFieldDefinition field, String target) {
        Random random = random(target);
        List<String> findings = new ArrayList<>();
        int executed = 0;
        for (int attempt = 0; attempt < run.settings().tries(); attempt++) {
            for (Audience audience : Audience.values()) {
                HostileValues.Mode mode = attempt == 0 || random.nextDouble() < 0.55
                        ? HostileValues.Mode.TYPED : HostileValues.Mode.ANY;
                Call call = GraphQlCalls.build(operation, field,
                        new HostileValues(random, run.pools(), mode, operation.equals("mutation")));
                String accept = random.nextBoolean() ? GRAPHQL_RESPONSE : "application/json";
                boolean viaGet = operation.equals("query") && random.nextDouble() < 0.1;
                String malformed = viaGet && random.nextDouble() < 0.3
                        ? pick(random, List.of("&x=%E2%82", "&%FF=1", "&query=%7B", "&variables=%5B", "&operationName=%C0%AF")) : "";
                String language = pick(random, List.of("en", "it", "it-CH,it;q=0.9", "xx", ";;q=", "*"));
                Judged judged = run.call(target, () -> send(call, audience, accept, language, viaGet, malformed),
                        (response, json) -> response.statusCode() >= 400 || Answers.refused(json, field.getName()));
                if (judged.json() != null && judged.json().has("data")) {
                    executed++;
                }
                if (!judged.problems().isEmpty()) {
                    findings.add(audience + " (" + mode + (viaGet ? ", GET" : "") + ", accept " + accept + "): "
                            + judged.problems() + "\n    document: " + abbreviate(call.document()) + "\n    variables: "
                            + abbreviate(JSON.writeValueAsString(Abbreviated.of(call.variables())))
                            + "\n    answer: " + judged.status() + " " + abbreviate(judged.body()));
                }
            }
        }
        assertThat(findings).withFailMessage(() -> report(target, findings)).isEmpty();
        assertThat(executed).as(target + ": calls that got past validation and ran the resolver").isPositive();
    }

    private HttpResponse<String> send(Call call, Audience audience, String accept, String language, boolean viaGet,
            String malformedParameter) {
        Map<String, String> headers = Map.of("Accept", accept, "Accept-Language", language);
        String token = run.token(audience);
        if (viaGet) {
            String query = "?query=" + encode(call.document()) + "&variables=" + encode(JSON.writeValueAsString(call.variables()))
                    + malformedParameter;
            return http.exchange("GET", "/graphql" + query, token, null, null, headers);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", call.document());
        body.put("variables", call.variables());
        return http.exchange("POST", "/graphql", token, "application/json", JSON.writeValueAsBytes(body), headers);
    }

    /** Harvests ids and values from plain calls of every field that needs no arguments, as each audience. */
    private void learnWhatTheApiAnswers() {
        GraphQLSchema schema = graphQl.schema();
        List<String> problems = new ArrayList<>();
        for (Audience audience : Audience.values()) {
            run.pools().protect(audience.login);
            JsonNode viewer = http.graphql(run.token(audience), "{ viewer { subject partner { id } } }");
            run.pools().protect(viewer.at("/data/viewer/partner/id").asString());
            for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
                Call call = GraphQlCalls.plain("query", field);
                if (call != null) {
                    Judged judged = run.call("learn " + call.field(), () -> send(call, audience, "application/json", "en", false, ""),
                            (response, json) -> false);
                    judged.problems().forEach(problem -> problems.add(audience + " " + call.field() + ": " + problem));
                }
            }
        }
        assertThat(problems).as("plain calls of the schema's queries").isEmpty();
    }

    // ---- file endpoints ---------------------------------------------------------------------------

    private void fuzzStockUploads() {
        Random random = random("POST /imports/stock");
        List<String> findings = new ArrayList<>();
        FileBodies bodies = new FileBodies(random, run.pools());
        for (int i = 0; i < run.settings().tries() * 12; i++) {
            Audience audience = random.nextDouble() < 0.75 ? Audience.SUPPLIER : pick(random, List.of(Audience.values()));
            FileBodies.Body body = bodies.stockUpload();
            Judged judged = run.call("POST /imports/stock", () -> post(body, audience),
                    (response, json) -> response.statusCode() >= 400 || json != null && json.path("applied").asInt(0) == 0);
            collect(findings, audience, body, judged);
        }
        assertThat(findings).withFailMessage(() -> report("POST /imports/stock", findings)).isEmpty();
    }

    private void fuzzLeadImports() {
        Random random = random("POST /imports/leads");
        List<String> findings = new ArrayList<>();
        FileBodies bodies = new FileBodies(random, run.pools());
        for (int i = 0; i < run.settings().tries() * 8; i++) {
            Audience audience = pick(random, List.of(Audience.DEALER, Audience.DEALER, Audience.STAFF, Audience.STAFF,
                    Audience.SUPPLIER, Audience.CARRIER));
            FileBodies.Body body = bodies.leadUpload();
            StoreDigest before = run.digest();
            Judged judged = run.call("POST /imports/leads", () -> post(body, audience),
                    (response, json) -> response.statusCode() >= 400);
            if (judged.response() != null && judged.response().statusCode() == 202 && judged.json() != null) {
                String id = judged.json().path("id").asString();
                JsonNode job = finished(audience, id, judged.problems());
                judged.problems().addAll(run.loggedFaults());
                Set<String> changed = new TreeSet<>(run.digest().changedSince(before));
                changed.removeAll(IMPORT_RECORDS);
                if (judged.json().path("dryRun").asBoolean() && !changed.isEmpty()) {
                    judged.problems().add("a dry run changed records in " + changed);
                }
                if (job != null && job.path("status").asString().equals("FAILED") && job.path("error").isNull()) {
                    judged.problems().add("a FAILED import without an error: " + job);
                }
            }
            collect(findings, audience, body, judged);
        }
        assertThat(findings).withFailMessage(() -> report("POST /imports/leads", findings)).isEmpty();
    }

    /** The import job once it completed or failed, checked like any answer; null when it never finished. */
    private JsonNode finished(Audience audience, String id, List<String> problems) {
        String query = "query($id: ID!) { leadImport(id: $id) { status rowsRead rowsFailed error { code message } } }";
        JsonNode[] job = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            HttpResponse<String> response = http.graphqlRaw(run.token(audience), query, Map.of("id", id), "application/json");
            problems.addAll(Answers.problems(response));
            job[0] = Answers.json(response).at("/data/leadImport");
            return Set.of("COMPLETED", "FAILED").contains(job[0].path("status").asString());
        });
        return job[0];
    }

    private void fuzzWebForm() {
        fuzzPublicForm("POST /capture/leads", FileBodies::webForm);
    }

    private void fuzzServiceCaseForm() {
        fuzzPublicForm("POST /capture/service-cases", FileBodies::serviceCaseForm);
    }

    /** A public form: anything but 202 is a refusal that changes nothing, and so is a honeypot hit. */
    private void fuzzPublicForm(String target, BiFunction<FileBodies, Boolean, FileBodies.Body> submission) {
        Random random = random(target);
        List<String> findings = new ArrayList<>();
        FileBodies bodies = new FileBodies(random, run.pools());
        for (int i = 0; i < run.settings().tries() * 12; i++) {
            boolean honeypot = random.nextDouble() < 0.1;
            FileBodies.Body body = submission.apply(bodies, honeypot);
            Judged judged = run.call(target,
                    () -> http.exchange("POST", body.pathAndQuery(), null, body.contentType(), body.content(),
                            headers(body.headers(), "application/json")),
                    (response, json) -> response.statusCode() != 202 || honeypot);
            collect(findings, null, body, judged);
        }
        assertThat(findings).withFailMessage(() -> report(target, findings)).isEmpty();
    }

    private void fuzzErrorReports() {
        Random random = random("GET /imports/leads/{id}/errors.csv");
        List<String> findings = new ArrayList<>();
        FileBodies bodies = new FileBodies(random, run.pools());
        for (int i = 0; i < run.settings().tries() * 6; i++) {
            Audience audience = pick(random, List.of(Audience.values()));
            String path = bodies.errorReportPath();
            String accept = pick(random, List.of("text/csv", "application/json", "*/*", "text/html", "garbage"));
            Judged judged = run.call("GET /imports/leads/{id}/errors.csv",
                    () -> http.exchange("GET", path, run.token(audience), null, null, Map.of("Accept", accept)),
                    (response, json) -> true);
            if (!judged.problems().isEmpty()) {
                findings.add(audience + " GET " + abbreviate(path) + " accept " + accept + ": " + judged.problems()
                        + "\n    answer: " + judged.status() + " " + abbreviate(judged.body()));
            }
        }
        assertThat(findings).withFailMessage(() -> report("GET /imports/leads/{id}/errors.csv", findings)).isEmpty();
    }

    /** Ids of a case and comment the dealer's system wrote (it may attach files to it), and of the files it attached. */
    private static String attachmentCaseId;
    private static String attachmentCommentId;
    private static final List<String> ATTACHMENT_IDS = new ArrayList<>();

    private void fuzzAttachmentUploads() {
        String target = "POST /service-cases/{caseId}/comments/{commentId}/attachments";
        Random random = random(target);
        List<String> findings = new ArrayList<>();
        FileBodies bodies = new FileBodies(random, run.pools());
        for (int i = 0; i < run.settings().tries() * 10; i++) {
            if (i % 20 == 0) {
                writeCommentToAttachTo();
            }
            Audience audience = random.nextDouble() < 0.6 ? Audience.DEALER : pick(random, List.of(Audience.values()));
            String path = "/service-cases/" + bodies.hostileId(attachmentCaseId) + "/comments/" + bodies.hostileId(attachmentCommentId)
                    + "/attachments";
            FileBodies.Body body = bodies.attachmentUpload(path);
            Judged judged = run.call(target, () -> post(body, audience), (response, json) -> response.statusCode() >= 400);
            if (judged.response() != null && judged.response().statusCode() == 201 && judged.json() != null) {
                ATTACHMENT_IDS.add(judged.json().path("id").asString());
            }
            collect(findings, audience, body, judged);
        }
        assertThat(findings).withFailMessage(() -> report(target, findings)).isEmpty();
    }

    private void writeCommentToAttachTo() {
        String dealer = run.token(Audience.DEALER);
        if (attachmentCaseId == null) {
            attachmentCaseId = http.payload(dealer, "mutation { openServiceCase(input: {type: COMPLAINT, subject: \"fuzz\"}) "
                    + "{ serviceCase { id } userErrors { field code message } } }", Map.of()).at("/serviceCase/id").asString();
        }
        attachmentCommentId = http.payload(dealer, "mutation($id: ID!) { commentOnServiceCase(input: {id: $id, visibility: SHARED, "
                + "body: \"photos\"}) { comment { id } userErrors { field code message } } }", Map.of("id", attachmentCaseId))
                .at("/comment/id").asString();
    }

    private void fuzzAttachmentDownloads() {
        String target = "GET /service-cases/{caseId}/attachments/{attachmentId}";
        Random random = random(target);
        List<String> findings = new ArrayList<>();
        FileBodies bodies = new FileBodies(random, run.pools());
        for (int i = 0; i < run.settings().tries() * 6; i++) {
            Audience audience = pick(random, List.of(Audience.values()));
            String path = "/service-cases/" + bodies.hostileId(attachmentCaseId) + "/attachments/"
                    + bodies.hostileId(ATTACHMENT_IDS.isEmpty() ? null : pick(random, ATTACHMENT_IDS));
            String accept = pick(random, List.of("image/png", "application/json", "*/*", "text/html", "garbage"));
            Judged judged = run.call(target, () -> http.exchange("GET", path, run.token(audience), null, null, Map.of("Accept", accept)),
                    (response, json) -> true);
            if (!judged.problems().isEmpty()) {
                findings.add(audience + " GET " + abbreviate(path) + " accept " + accept + ": " + judged.problems()
                        + "\n    answer: " + judged.status() + " " + abbreviate(judged.body()));
            }
        }
        assertThat(findings).withFailMessage(() -> report(target, findings)).isEmpty();
    }

    private void fuzzConfirmationDownloads() {
        String target = "GET /orders/{orderId}/confirmation.pdf";
        Random random = random(target);
        List<String> findings = new ArrayList<>();
        FileBodies bodies = new FileBodies(random, run.pools());
        String orderId = http.graphql(run.token(Audience.STAFF), "{ orders(first: 1) { edges { node { id } } } }")
                .at("/data/orders/edges/0/node/id").asString();
        for (int i = 0; i < run.settings().tries() * 6; i++) {
            Audience audience = pick(random, List.of(Audience.values()));
            String path = "/orders/" + bodies.hostileId(orderId) + "/confirmation.pdf";
            String accept = pick(random, List.of("application/pdf", "application/json", "*/*", "text/html", "garbage"));
            String language = pick(random, List.of("en", "it", "it-CH,it;q=0.9", "xx", ";;q=", "*"));
            Judged judged = run.call(target, () -> http.exchange("GET", path, run.token(audience), null, null,
                    Map.of("Accept", accept, "Accept-Language", language)), (response, json) -> true);
            if (!judged.problems().isEmpty()) {
                findings.add(audience + " GET " + abbreviate(path) + " accept " + accept + ": " + judged.problems()
                        + "\n    answer: " + judged.status() + " " + abbreviate(judged.body()));
            }
        }
        assertThat(findings).withFailMessage(() -> report(target, findings)).isEmpty();
    }

    private void fuzzStatementDownloads() {
        String target = "GET /incentives/{programId}/statements/{period}.pdf|.csv";
        Random random = random(target);
        List<String> findings = new ArrayList<>();
        FileBodies bodies = new FileBodies(random, run.pools());
        String programId = http.graphql(run.token(Audience.STAFF), "{ incentivePrograms(first: 1) { edges { node { id periods { key } } } } }")
                .at("/data/incentivePrograms/edges/0/node/id").asString(null);
        String period = java.time.LocalDate.now().getYear() + "-Q1";
        for (int i = 0; i < run.settings().tries() * 6; i++) {
            Audience audience = pick(random, List.of(Audience.values()));
            String partner = pick(random, List.of("", "", "?partnerId=ptn_rossi_auto", "?partnerId=" + bodies.hostileId(null), "?partnerId="));
            String path = "/incentives/" + bodies.hostileId(programId) + "/statements/" + bodies.hostileId(period) + "."
                    + pick(random, List.of("pdf", "csv", "PDF", "txt")) + partner;
            String accept = pick(random, List.of("application/pdf", "text/csv", "application/json", "*/*", "text/html", "garbage"));
            String language = pick(random, List.of("en", "it", "it-CH,it;q=0.9", "xx", ";;q=", "*"));
            Judged judged = run.call(target, () -> http.exchange("GET", path, run.token(audience), null, null,
                    Map.of("Accept", accept, "Accept-Language", language)), (response, json) -> true);
            if (!judged.problems().isEmpty()) {
                findings.add(audience + " GET " + abbreviate(path) + " accept " + accept + ": " + judged.problems()
                        + "\n    answer: " + judged.status() + " " + abbreviate(judged.body()));
            }
        }
        assertThat(findings).withFailMessage(() -> report(target, findings)).isEmpty();
    }

    private HttpResponse<String> post(FileBodies.Body body, Audience audience) {
        return http.exchange("POST", body.pathAndQuery(), run.token(audience), body.contentType(), body.content(),
                headers(body.headers(), "application/json"));
    }

    private static void collect(List<String> findings, Audience audience, FileBodies.Body body, Judged judged) {
        if (!judged.problems().isEmpty()) {
            findings.add((audience == null ? "anonymous" : audience) + ": " + judged.problems() + "\n    request: "
                    + abbreviate(body.describe()) + "\n    answer: " + judged.status() + " " + abbreviate(judged.body()));
        }
    }

    // ---- plumbing ---------------------------------------------------------------------------------

    private static Random random(String target) {
        return new Random(run.settings().seed() * 31 + target.hashCode());
    }

    private static String report(String target, Collection<String> findings) {
        return findings.size() + " hostile call(s) of " + target + " got an untyped answer (seed "
                + run.settings().seed() + "; rerun with -Dcanale.fuzz.fields='" + target + "'):\n  "
                + String.join("\n  ", findings.stream().limit(8).toList());
    }

    private static Map<String, String> headers(Map<String, String> extra, String accept) {
        Map<String, String> headers = new LinkedHashMap<>(extra);
        headers.putIfAbsent("Accept", accept);
        return headers;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 1_200 ? text : text.substring(0, 1_200) + "… (" + text.length() + " chars)";
    }

    private static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** Long strings and lists shortened for a readable report ("x" × 100000). */
    private static final class Abbreviated {

        static Object of(Object value) {
            return switch (value) {
                case String text when text.length() > 120 -> text.substring(0, 20) + "… (" + text.length() + " chars)";
                case List<?> list when list.size() > 5 -> java.util.Arrays.asList(of(list.getFirst()), "… (" + list.size() + " items)");
                case List<?> list -> list.stream().map(Abbreviated::of).toList();
                case Map<?, ?> map -> {
                    Map<Object, Object> shorter = new LinkedHashMap<>();
                    map.forEach((key, item) -> shorter.put(key, of(item)));
                    yield shorter;
                }
                case null, default -> value;
            };
        }
    }
}
