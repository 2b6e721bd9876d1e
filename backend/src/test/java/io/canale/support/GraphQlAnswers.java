package io.canale.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads GraphQL answers strictly: data only where there is no {@code errors} entry, an error only where one is
 * expected, a mutation's payload only when it has no {@code userErrors}. A GraphQL error never passes as "no data".
 */
public final class GraphQlAnswers {

    private final Http http;

    public GraphQlAnswers(Http http) {
        this.http = http;
    }

    /** The {@code data} of an answer that must carry no errors. */
    public JsonNode data(String token, String query, Map<String, ?> variables) {
        JsonNode answer = answer(token, query, variables);
        assertThat(answer.has("errors")).as("unexpected errors in %s", answer).isFalse();
        return answer.path("data");
    }

    public JsonNode data(String token, String query) {
        return data(token, query, Map.of());
    }

    /** The code of the one error an answer must carry ({@code extensions.code}). */
    public String error(String token, String query, Map<String, ?> variables) {
        JsonNode answer = answer(token, query, variables);
        assertThat(answer.path("errors").size()).as("exactly one error expected in %s", answer).isEqualTo(1);
        return answer.at("/errors/0/extensions/code").asString();
    }

    /** The payload of a mutation that must succeed: no errors, no user errors. */
    public JsonNode done(String token, String mutation, Map<String, ?> variables) {
        JsonNode payload = payload(data(token, mutation, variables));
        assertThat(payload.path("userErrors").size()).as("refused: %s", payload).isZero();
        return payload;
    }

    /** The code of the user error a mutation must be refused with (no GraphQL error). */
    public String refused(String token, String mutation, Map<String, ?> variables) {
        JsonNode payload = payload(data(token, mutation, variables));
        assertThat(payload.path("userErrors").size()).as("expected a refusal: %s", payload).isPositive();
        return payload.at("/userErrors/0/code").asString();
    }

    private static JsonNode payload(JsonNode data) {
        assertThat(data.size()).as("one mutation per request: %s", data).isEqualTo(1);
        return data.values().iterator().next();
    }

    private JsonNode answer(String token, String query, Map<String, ?> variables) {
        HttpResponse<String> response = http.graphqlRaw(token, query, variables, "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }
}
