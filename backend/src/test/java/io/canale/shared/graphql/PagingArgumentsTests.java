package io.canale.shared.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;
import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.execution.GraphQlSource;
import tools.jackson.databind.JsonNode;

/**
 * Every field's paging arguments, checked the same way: found in the schema, not listed, so a new connection
 * is covered by these tests too.
 */
@ExtendWith(OutputCaptureExtension.class)
class PagingArgumentsTests extends IntegrationTestBase {

    static final String STAFF = "staff@canale.demo";

    @Autowired
    GraphQlSource graphQl;

    @Test
    void every_connection_refuses_a_cursor_it_did_not_issue_with_INVALID_CURSOR_at_after() {
        String partnersCursor = endCursor("partners", 2);
        String leadsCursor = endCursor("leads", 2);
        List<String> connections = fieldsWith("after");
        assertThat(connections).contains("partners", "leads", "leadImports", "leadImportErrors", "opportunities",
                "dealRegistrations", "orders", "orderDrafts", "priceLists", "partnerUsers", "partnerClients", "products");
        for (String connection : connections) {
            String foreign = connection.equals("partners") ? leadsCursor : partnersCursor;
            for (String cursor : List.of("xyz", "", foreign, "K_{\"id\":\"x\"}", "x".repeat(100_000))) {
                JsonNode answer = page(connection, Map.of("after", cursor));
                assertThat(answer.path("errors")).as(connection + " after " + abbreviated(cursor)).singleElement()
                        .satisfies(error -> {
                            assertThat(error.at("/extensions/code").asString()).isEqualTo("INVALID_CURSOR");
                            assertThat(error.at("/extensions/field").toString()).isEqualTo("[\"after\"]");
                            assertThat(error.at("/path/0").asString()).isEqualTo(connection);
                        });
            }
        }
    }

    @Test
    void every_connection_takes_back_its_own_cursors() {
        String partnerId = http.graphql(tokenFor(STAFF), "{ viewer { partner { id } } }").at("/data/viewer/partner/id").asString();
        List<String> paged = new ArrayList<>();
        for (String connection : fieldsWith("after")) {
            JsonNode first = page(connection, Map.of("first", 1, "partnerId", partnerId));
            if (first.at("/errors/0/extensions/code").asString("").equals("NOT_FOUND")) {
                continue; // a list of one record's children (an import's errors), called with a placeholder id
            }
            assertThat(first.path("errors").isMissingNode()).as(connection + ": " + first).isTrue();
            String cursor = first.at("/data/" + connection + "/pageInfo/endCursor").asString(null);
            if (cursor != null) {
                JsonNode second = page(connection, Map.of("first", 1, "partnerId", partnerId, "after", cursor));
                assertThat(second.path("errors").isMissingNode()).as(connection + " after its own cursor: " + second).isTrue();
                paged.add(connection);
            }
        }
        assertThat(paged).as("connections paged past their first record")
                .contains("partners", "leads", "opportunities", "orders", "products", "priceLists", "partnerUsers");
    }

    @Test
    void a_cursor_naming_keys_its_connection_does_not_sort_by_is_refused() {
        String forged = ConnectionCursors.issue("Query.partners", "email=s:x&id=s:p-1");

        JsonNode answer = page("partners", Map.of("after", forged));

        assertThat(answer.at("/errors/0/extensions/code").asString()).isEqualTo("INVALID_CURSOR");
    }

    @Test
    void a_cursor_of_one_order_is_refused_in_another_and_the_default_order_is_the_same_whether_named_or_not() {
        String query = "query($order: DateOrder, $after: String) { leads(first: 2, order: $order, after: $after) { "
                + "edges { node { id } } pageInfo { endCursor } } }";
        String newest = http.graphql(tokenFor(STAFF), query, Map.of("order", "NEWEST_FIRST")).at("/data/leads/pageInfo/endCursor").asString();

        JsonNode refused = http.expectError("INVALID_CURSOR", tokenFor(STAFF), query, Map.of("order", "OLDEST_FIRST", "after", newest));
        assertThat(refused.at("/0/extensions/field").toString()).isEqualTo("[\"after\"]");
        assertThat(http.graphql(tokenFor(STAFF), query, Map.of("after", newest)).at("/data/leads/edges").size())
                .as("the default order, left out").isEqualTo(2);
    }

    @Test
    void cursors_page_through_a_connection_sorted_by_time_without_gaps_or_repeats() {
        List<String> all = ids(http.graphql(tokenFor(STAFF), "{ leads(first: 100) { edges { node { id } } } }").at("/data/leads"));
        List<String> paged = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = http.graphql(tokenFor(STAFF), "query($after: String) { leads(first: 3, after: $after) { "
                    + "edges { node { id } } pageInfo { hasNextPage endCursor } } }",
                    after == null ? Map.of() : Map.of("after", after)).at("/data/leads");
            paged.addAll(ids(page));
            after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asString() : null;
        } while (after != null && paged.size() <= all.size());
        assertThat(all).hasSizeGreaterThan(3);
        assertThat(paged).isEqualTo(all);
    }

    @Test
    void every_list_with_first_refuses_sizes_outside_1_to_100_with_BAD_USER_INPUT_at_first() {
        List<String> lists = fieldsWith("first");
        assertThat(lists).contains("partners", "orders", "shipments");
        for (String list : lists) {
            for (int first : new int[] {0, -1, 101, Integer.MIN_VALUE}) {
                JsonNode answer = page(list, Map.of("first", first));
                assertThat(answer.path("errors")).as(list + "(first: " + first + ")").singleElement().satisfies(error -> {
                    assertThat(error.at("/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
                    assertThat(error.at("/extensions/field").toString()).isEqualTo("[\"first\"]");
                    assertThat(error.path("message").asString()).isEqualTo("first must be between 1 and 100");
                });
            }
        }
        for (int first : new int[] {1, 100}) {
            assertThat(page("partners", Map.of("first", first)).path("errors").isMissingNode()).isTrue();
        }
    }

    @Test
    void a_flood_of_bad_cursors_and_sizes_logs_no_error(CapturedOutput output) {
        tokenFor(STAFF);
        int before = output.getOut().length();
        for (int i = 0; i < 30; i++) {
            page("orders", Map.of("after", "bad-" + i));
            page("partners", Map.of("first", -i));
        }
        assertThat(output.getOut().substring(before)).doesNotContain(" ERROR ").doesNotContain("Unresolved");
    }

    @Test
    void every_field_with_paging_arguments_has_a_resolver_of_its_own_which_the_check_wraps() {
        List<String> paged = new ArrayList<>();
        for (GraphQLNamedType type : graphQl.schema().getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    if (field.getArgument("first") != null || field.getArgument("after") != null) {
                        DataFetcher<?> fetcher = graphQl.schema().getCodeRegistry()
                                .getDataFetcher(FieldCoordinates.coordinates(object, field), field);
                        assertThat(fetcher).as(object.getName() + "." + field.getName()).isNotInstanceOf(TrivialDataFetcher.class);
                        paged.add(object.getName() + "." + field.getName());
                    }
                }
            }
        }
        assertThat(paged).contains("Query.partners", "Query.serviceCases");
    }

    // ---- plumbing ---------------------------------------------------------------------------------

    /** The Query fields that take the argument. */
    private List<String> fieldsWith(String argument) {
        return graphQl.schema().getQueryType().getFieldDefinitions().stream()
                .filter(field -> field.getArgument(argument) != null).map(GraphQLFieldDefinition::getName).toList();
    }

    /** Calls a list field as staff with the given arguments; its required arguments get placeholder ids. */
    private JsonNode page(String name, Map<String, Object> arguments) {
        GraphQLFieldDefinition field = graphQl.schema().getQueryType().getFieldDefinition(name);
        Map<String, Object> variables = new HashMap<>(arguments);
        StringJoiner definitions = new StringJoiner(", ");
        StringJoiner passed = new StringJoiner(", ");
        variables.keySet().retainAll(field.getArguments().stream().map(GraphQLArgument::getName).toList());
        for (GraphQLArgument argument : field.getArguments()) {
            if (GraphQLTypeUtil.isNonNull(argument.getType())) {
                variables.putIfAbsent(argument.getName(), "placeholder");
            }
            if (variables.containsKey(argument.getName())) {
                definitions.add("$" + argument.getName() + ": " + GraphQLTypeUtil.simplePrint(argument.getType()));
                passed.add(argument.getName() + ": $" + argument.getName());
            }
        }
        boolean connection = field.getArgument("after") != null;
        // The whole answer, errors included: each test asserts the errors it expects, or that there are none.
        HttpResponse<String> response = http.graphqlRaw(tokenFor(STAFF), "query(" + definitions + ") { " + name + "("
                + passed + ") { " + (connection ? "pageInfo { endCursor }" : "__typename") + " } }", variables,
                "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private String endCursor(String connection, int first) {
        String cursor = http.graphql(tokenFor(STAFF), "{ " + connection + "(first: " + first + ") { pageInfo { endCursor } } }")
                .at("/data/" + connection + "/pageInfo/endCursor").asString();
        assertThat(cursor).isNotBlank();
        return cursor;
    }

    private static List<String> ids(JsonNode connection) {
        List<String> ids = new ArrayList<>();
        connection.path("edges").forEach(edge -> ids.add(edge.at("/node/id").asString()));
        return ids;
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
