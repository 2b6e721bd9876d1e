package io.canale.budget;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.introspection.IntrospectionQuery;
import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import io.canale.support.MutableClock;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The rate budget over HTTP with a small budget (3,000 points, 10 restored per second), each test on callers of
 * its own: answers report it, a spent budget answers 429 before anything runs, other callers go on, introspection
 * is charged, and time restores it (the backend's clock is moved, nothing sleeps).
 */
@TestPropertySource(properties = {"canale.graphql.budget.capacity=3000", "canale.graphql.budget.restore-per-second=10"})
class RateBudgetTests extends IntegrationTestBase {

    static final String JSON = "application/json";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    /** 1 + 10 × (edges 1 + node (1 + id + name)) = 41 points. */
    static final String CHEAP = "{ partners(first: 10) { edges { node { id name } } } }";
    /** Three pages of 100 at 1,201 points each: more than the whole bucket, so it takes all of a full one. */
    static final String DRAIN = "{ " + "abc".chars().mapToObj(alias -> (char) alias + ": partners(first: 100) { edges { cursor "
            + "node { id name type tier active version territory { countries regions } } } } ").reduce("", String::concat) + "}";
    static final String CREATE_LEAD = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } userErrors { code } } }";
    static final String TIMELINE = "query($c: String!) { companyTimeline(company: $c) { recordId event } }";

    @Autowired
    MutableClock clock;

    @Test
    void every_answer_reports_its_cost_and_the_budget_left_in_extensions_and_headers() {
        HttpResponse<String> answer = http.graphqlRaw(tokenFor("supplier-system"), CHEAP, Map.of(), JSON);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode cost = Http.json(answer).at("/extensions/cost");
        assertThat(cost.path("requested").asLong()).isEqualTo(41);
        assertThat(cost.at("/budget/limit").asLong()).isEqualTo(3000);
        assertThat(cost.at("/budget/remaining").asLong()).isEqualTo(3000 - 41);
        assertThat(cost.at("/budget/restoreRate").asLong()).isEqualTo(10);
        assertThat(cost.at("/budget/resetAfter").asLong()).isEqualTo(5);
        assertThat(answer.headers().firstValue("RateLimit-Limit")).hasValue("3000");
        assertThat(answer.headers().firstValue("RateLimit-Remaining")).hasValue("2959");
        assertThat(answer.headers().firstValue("RateLimit-Reset")).hasValue("5");
        assertThat(answer.headers().firstValue("Retry-After")).isEmpty();
    }

    @Test
    void a_partner_system_over_its_budget_gets_429_with_retry_after_and_its_operation_does_not_run() {
        String dealerSystem = tokenFor("dealer-system");
        http.graphql(dealerSystem, DRAIN);
        String company = "Officine " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> lead = Map.of("input", Map.of("contact", Map.of("name", "Ugo", "email", "u-" + UUID.randomUUID() + "@example.com"),
                "company", Map.of("name", company), "address", Map.of("country", "IT")));

        for (String mediaType : new String[] {JSON, GRAPHQL_RESPONSE}) {
            HttpResponse<String> refused = http.graphqlRaw(dealerSystem, CREATE_LEAD, lead, mediaType);

            assertThat(refused.statusCode()).as(mediaType).isEqualTo(429);
            JsonNode body = Http.json(refused);
            assertThat(body.has("data")).isFalse();
            assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("RATE_LIMITED");
            long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isPositive();
            assertThat(body.at("/errors/0/extensions/retryAfter").asLong()).isEqualTo(retryAfter);
            JsonNode budget = body.at("/extensions/cost/budget");
            assertThat(budget.path("remaining").asLong()).isLessThan(body.at("/extensions/cost/requested").asLong());
            assertThat(refused.headers().firstValue("RateLimit-Remaining")).hasValue(budget.path("remaining").asString());
            assertThat(refused.headers().firstValue("RateLimit-Limit")).hasValue("3000");
        }
        HttpResponse<String> overGet = http.get("/graphql?query=" + URLEncoder.encode(CHEAP, StandardCharsets.UTF_8), dealerSystem, JSON);
        assertThat(overGet.statusCode()).isEqualTo(429);
        assertThat(overGet.headers().firstValue("Retry-After")).isPresent();

        // The lead was never captured; and other callers, a person and another partner system, go on.
        assertThat(http.graphql(tokenFor("staff@canale.demo"), TIMELINE, Map.of("c", company)).at("/data/companyTimeline")).isEmpty();
        assertThat(http.graphqlRaw(tokenFor("dealer2-system"), CHEAP, Map.of(), JSON).statusCode()).isEqualTo(200);
    }

    @Test
    void a_csv_export_spends_the_callers_budget_in_proportion_to_its_rows_and_is_refused_when_it_is_spent() {
        String ferri = tokenFor("supplier@canale.demo");
        long before = Http.json(http.graphqlRaw(ferri, CHEAP, Map.of(), JSON)).at("/extensions/cost/budget/remaining").asLong();
        long started = System.nanoTime();
        HttpResponse<String> export = http.get("/exports/orders.csv", ferri, "text/csv");
        assertThat(export.statusCode()).isEqualTo(200);
        List<String> lines = export.body().lines().toList();
        long columns = lines.getFirst().split(",").length;
        long exportCost = 1 + (lines.size() - 1) * columns;
        long after = Http.json(http.graphqlRaw(ferri, CHEAP, Map.of(), JSON)).at("/extensions/cost/budget/remaining").asLong();
        long restored = 10 * (Duration.ofNanos(System.nanoTime() - started).toSeconds() + 1);
        assertThat(lines.size()).as("the demo's orders to Ferri").isGreaterThan(1);
        assertThat(after).as("a point per cell and one for the page").isBetween(before - 41 - exportCost, before - 41 - exportCost + restored);

        // Export again and again: the budget runs out and the next export is refused before it starts.
        HttpResponse<String> refused = export;
        for (int i = 0; i < 200 && refused.statusCode() == 200; i++) {
            refused = http.get("/exports/orders.csv", ferri, "text/csv");
        }
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(Http.json(refused).at("/errors/0/code").asString()).isEqualTo("RATE_LIMITED");
    }

    @Test
    void each_person_signed_in_through_the_portal_has_a_budget_of_their_own() {
        String marco = tokenFor("dealer@canale.demo");
        http.graphql(marco, DRAIN);

        assertThat(http.graphqlRaw(marco, CHEAP, Map.of(), JSON).statusCode()).isEqualTo(429);
        assertThat(http.graphqlRaw(tokenFor("dealer2@canale.demo"), CHEAP, Map.of(), JSON).statusCode()).isEqualTo(200);
    }

    @Test
    void introspection_is_allowed_and_charged_against_the_budget() {
        String carrierSystem = tokenFor("carrier-system");
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> schema = http.graphqlRaw(carrierSystem, IntrospectionQuery.INTROSPECTION_QUERY, Map.of(), JSON);
            assertThat(schema.statusCode()).isEqualTo(200);
            assertThat(Http.json(schema).at("/data/__schema/types").size()).isPositive();
            assertThat(Http.json(schema).at("/extensions/cost/requested").asLong()).isEqualTo(1000);
            assertThat(Http.json(schema).at("/extensions/cost/budget/remaining").asLong()).isLessThanOrEqualTo(3000 - i * 1000 + 50);
        }

        HttpResponse<String> fourth = http.graphqlRaw(carrierSystem, IntrospectionQuery.INTROSPECTION_QUERY, Map.of(), JSON);

        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(Http.json(fourth).at("/errors/0/extensions/code").asString()).isEqualTo("RATE_LIMITED");
    }

    @Test
    void the_budget_restores_over_time_and_retry_after_says_when_the_operation_fits() {
        String supplier = tokenFor("supplier2@canale.demo");
        http.graphql(supplier, DRAIN);
        HttpResponse<String> refused = http.graphqlRaw(supplier, CHEAP, Map.of(), JSON);
        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        // 41 points at 10 per second, from an empty bucket (give or take what refilled since).
        assertThat(retryAfter).isBetween(1L, 5L);

        clock.advance(Duration.ofSeconds(retryAfter));

        HttpResponse<String> later = http.graphqlRaw(supplier, CHEAP, Map.of(), JSON);
        assertThat(later.statusCode()).isEqualTo(200);
        assertThat(Http.json(later).has("errors")).isFalse();
    }
}
