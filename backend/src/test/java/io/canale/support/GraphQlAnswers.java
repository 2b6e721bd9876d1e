package io.canale.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The viewerCan tests' shorthand over {@link Http}'s strict calls, which it only names: data where there must be
 * no {@code errors} entry, the one error code where one is expected, a mutation's payload where it must succeed,
 * its first user error's code where it must be refused.
 */
public final class GraphQlAnswers {

    private final Http http;

    public GraphQlAnswers(Http http) {
        this.http = http;
    }

    /** The {@code data} of an answer that must carry no errors. */
    public JsonNode data(String token, String query, Map<String, ?> variables) {
        return http.graphql(token, query, variables).path("data");
    }

    public JsonNode data(String token, String query) {
        return data(token, query, Map.of());
    }

    /** The code of the one error an answer must carry ({@code extensions.code}). */
    public String error(String token, String query, Map<String, ?> variables) {
        JsonNode errors = http.graphqlErrors(token, query, variables);
        assertThat(errors.size()).as("exactly one error expected: %s", errors).isEqualTo(1);
        return errors.at("/0/extensions/code").asString();
    }

    /** The payload of a mutation that must succeed: no errors, no user errors. */
    public JsonNode done(String token, String mutation, Map<String, ?> variables) {
        return http.payload(token, mutation, variables);
    }

    /** The code of the user error a mutation must be refused with (no GraphQL error). */
    public String refused(String token, String mutation, Map<String, ?> variables) {
        return http.userErrors(token, mutation, variables).at("/0/code").asString();
    }
}
