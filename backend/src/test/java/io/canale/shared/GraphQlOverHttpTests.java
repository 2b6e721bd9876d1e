package io.canale.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The HTTP face of the API: status codes, media types, limits and error masking for bad input. */
class GraphQlOverHttpTests extends IntegrationTestBase {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";


    @Test
    void a_request_without_token_gets_401_with_a_bearer_challenge() {
        HttpResponse<String> response = http.graphqlRaw(null, "{ viewer { subject } }", Map.of(), GRAPHQL_RESPONSE);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void a_forged_token_gets_401() {
        String token = tokenFor("dealer-system");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        assertThat(http.graphqlRaw(forged, "{ viewer { subject } }", Map.of(), GRAPHQL_RESPONSE).statusCode()).isEqualTo(401);
    }

    @Test
    void malformed_json_gets_400_without_internals() {
        HttpResponse<String> response = http.postJson("/graphql", tokenFor("dealer-system"), "{\"query\": ", GRAPHQL_RESPONSE);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void a_syntax_error_gets_400_with_graphql_response_media_type_and_200_with_json() {
        HttpResponse<String> strict = http.graphqlRaw(tokenFor("dealer-system"), "{ viewer { ", Map.of(), GRAPHQL_RESPONSE);
        assertThat(strict.statusCode()).isEqualTo(400);
        assertThat(Http.json(strict).at("/errors/0/extensions/classification").asString()).isEqualTo("InvalidSyntax");
        HttpResponse<String> legacy = http.graphqlRaw(tokenFor("dealer-system"), "{ viewer { ", Map.of(), "application/json");
        assertThat(legacy.statusCode()).isEqualTo(200);
        assertThat(Http.json(legacy).at("/errors/0/message").asString()).isNotBlank();
    }

    @Test
    void an_unknown_field_is_a_validation_error() {
        JsonNode errors = http.graphqlErrors(tokenFor("dealer-system"), "{ viewer { password } }");
        assertThat(errors.at("/0/extensions/classification").asString()).isEqualTo("ValidationError");
        assertThat(errors.at("/0/message").asString()).contains("password");
    }

    @Test
    void json_beyond_the_parser_limits_gets_400_before_graphql_runs() {
        String longString = "{\"query\": \"{ __typename }\", \"variables\": {\"pad\": \"" + "x".repeat(1_100_000) + "\"}}";
        String deep = "{\"query\": \"{ __typename }\", \"variables\": {\"pad\": " + "[".repeat(40) + "]".repeat(40) + "}}";
        String shallow = "{\"query\": \"{ __typename }\", \"variables\": {\"pad\": " + "[".repeat(20) + "]".repeat(20) + "}}";

        for (String body : new String[] {longString, deep}) {
            HttpResponse<String> refused = http.postJson("/graphql", tokenFor("dealer-system"), body, "application/json");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("__typename");
        }
        HttpResponse<String> accepted = http.postJson("/graphql", tokenFor("dealer-system"), shallow, "application/json");
        assertThat(Http.json(accepted).at("/data/__typename").asString()).isEqualTo("Query");
    }

    @Test
    void a_body_over_the_limit_gets_413() {
        String huge = "{\"query\": \"{ viewer { subject } }\", \"variables\": {\"pad\": \"" + "x".repeat(2_200_000) + "\"}}";
        assertThat(http.postJson("/graphql", tokenFor("dealer-system"), huge, GRAPHQL_RESPONSE).statusCode()).isEqualTo(413);
    }

    @Test
    void aliasing_big_pages_is_refused_by_cost_before_any_field_runs() {
        StringBuilder query = new StringBuilder("{ ");
        for (int i = 0; i < 30; i++) {
            query.append("p").append(i).append(": partners(first: 100) { edges { node { id name contacts { name email } } } } ");
        }
        http.expectError("QUERY_TOO_COSTLY", tokenFor("dealer-system"), query.append("}").toString());
    }

    @Test
    void fields_that_scan_many_records_are_charged_their_declared_cost() {
        StringBuilder many = new StringBuilder("{ ");
        for (int i = 0; i < 21; i++) {
            many.append("d").append(i).append(": demand(weeks: 1) { sku } ");
        }
        JsonNode errors = http.expectError("QUERY_TOO_COSTLY", tokenFor("supplier-system"), many.append("}").toString());
        assertThat(errors.at("/0/message").asString()).contains("costs 10521"); // 21 × (500 + sku)
        JsonNode one = http.graphql(tokenFor("supplier-system"), "{ demand(weeks: 1) { sku } }");
        assertThat(one.at("/extensions/cost/requested").asLong()).isGreaterThanOrEqualTo(500);
    }

    @Test
    void the_cost_is_reported_and_grows_with_the_page_size() {
        long small = http.graphql(tokenFor("dealer-system"), "{ partners(first: 1) { edges { node { id } } } }").at("/extensions/cost/requested").asLong();
        long large = http.graphql(tokenFor("dealer-system"), "{ partners(first: 100) { edges { node { id } } } }").at("/extensions/cost/requested").asLong();
        assertThat(large).isGreaterThan(small * 50);
    }

    @Test
    void a_page_size_over_100_is_a_clear_error() {
        JsonNode errors = http.expectError("BAD_USER_INPUT", tokenFor("dealer-system"), "{ partners(first: 101) { edges { node { id } } } }");
        assertThat(errors.at("/0/message").asString()).contains("between 1 and 100");
    }

    @Test
    void get_runs_queries_and_refuses_mutations_with_405() {
        HttpResponse<String> query = http.get("/graphql?query=" + encode("{ viewer { subject } }"), tokenFor("dealer-system"), GRAPHQL_RESPONSE);
        assertThat(query.statusCode()).isEqualTo(200);
        assertThat(Http.json(query).at("/data/viewer/subject").asString()).isEqualTo("dealer-system");
        HttpResponse<String> mutation = http.get("/graphql?query=" + encode(
                "mutation { updateMyPreferences(input: {locale: \"it\"}) { userErrors { code } } }"), tokenFor("dealer-system"), GRAPHQL_RESPONSE);
        assertThat(mutation.statusCode()).isEqualTo(405);
        assertThat(mutation.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void partner_systems_may_introspect_the_schema_anonymous_callers_may_not() {
        JsonNode schema = http.graphql(tokenFor("dealer-system"), "{ __schema { queryType { name } types { name } } }")
                .at("/data/__schema");
        assertThat(schema.at("/queryType/name").asString()).isEqualTo("Query");
        assertThat(schema.path("types").toString()).contains("\"LeadActions\"", "\"Area\"");
        JsonNode full = http.graphql(tokenFor("supplier-system"), graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY)
                .at("/data/__schema");
        assertThat(full.path("types").size()).as("the standard query of code generators, 15 levels deep").isGreaterThan(100);
        assertThat(http.graphqlRaw(null, "{ __schema { queryType { name } } }", Map.of(), "application/json").statusCode())
                .isEqualTo(401);
    }

    @Test
    void graphiql_is_not_served_outside_the_dev_profile() {
        assertThat(http.get("/graphiql", null, "text/html").statusCode()).isIn(302, 404);
    }

    @Test
    void invalid_scalar_values_are_refused_with_a_clear_message() {
        JsonNode errors = http.graphqlErrors(tokenFor("dealer-system"), "{ partners(filter: {country: \"XX\"}) { edges { node { id } } } }");
        assertThat(errors.at("/0/extensions/classification").asString()).isEqualTo("ValidationError");
        assertThat(errors.at("/0/message").asString()).contains("'filter.country'", "CountryCode", "ISO 3166-1 alpha-2");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
