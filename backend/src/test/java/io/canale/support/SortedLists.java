package io.canale.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * What the *SortTests ask of a sorted connection: every node, page by page through the cursor, and the order each sort
 * promises (a column, then the id ascending for ties).
 */
public final class SortedLists {

    private SortedLists() {
    }

    /**
     * Every node the caller sees, in pages of {@code pageSize}: {@code query} takes {@code $first} and {@code $after}
     * besides the {@code variables}, and answers the connection at {@code data.<connection>}.
     */
    public static List<JsonNode> all(Http http, String token, String query, String connection, Map<String, ?> variables, int pageSize) {
        return all(http, token, query, connection, variables, pageSize, null);
    }

    /** The same for a reader of a language ({@code Accept-Language}); any GraphQL error fails. */
    public static List<JsonNode> all(Http http, String token, String query, String connection, Map<String, ?> variables, int pageSize,
            String language) {
        List<JsonNode> nodes = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> page = new HashMap<>(variables);
            page.put("first", pageSize);
            if (after != null) {
                page.put("after", after);
            }
            JsonNode answer = (language == null ? http.graphql(token, query, page) : strict(http, token, query, page, language))
                    .at("/data/" + connection);
            answer.at("/edges").forEach(edge -> nodes.add(edge.at("/node")));
            after = answer.at("/pageInfo/hasNextPage").asBoolean() ? answer.at("/pageInfo/endCursor").asString() : null;
        } while (after != null && nodes.size() < 20_000);
        return nodes;
    }

    private static JsonNode strict(Http http, String token, String query, Map<String, ?> variables, String language) {
        JsonNode json = Http.json(http.graphqlRaw(token, query, variables, "application/json", language));
        if (!json.path("errors").isMissingNode() && !json.path("errors").isEmpty() || !json.path("data").isObject()) {
            throw new AssertionError("unexpected GraphQL answer " + json + "\n  for " + query + "\n  with " + variables);
        }
        return json;
    }

    public static List<String> ids(List<JsonNode> nodes) {
        return nodes.stream().map(node -> node.at("/id").asString()).toList();
    }

    /** By a column in a direction, ties by the id ascending (in both directions, as the API sorts). */
    public static <T extends Comparable<? super T>> Comparator<JsonNode> by(Function<JsonNode, T> column, boolean ascending) {
        Comparator<JsonNode> byColumn = Comparator.comparing(column);
        return (ascending ? byColumn : byColumn.reversed()).thenComparing(node -> node.at("/id").asString());
    }
}
