package io.canale.shared.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.introspection.Introspection;
import graphql.introspection.IntrospectionQuery;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Depth and cost limits on a schema deep enough to break them, with a counter proving nothing ran. */
class QueryLimitsInstrumentationTests {

    static final String SDL = """
            directive @cost(weight: Int!, perItemOf: String) on FIELD_DEFINITION
            directive @maxItems(max: Int!) on ARGUMENT_DEFINITION
            type Query { node: Node, nodes(first: Int): [Node], report: [Node] @cost(weight: 300),
              each(items: [Int!]! @maxItems(max: 3)): [Node] @cost(weight: 2, perItemOf: "items") }
            type Node { id: ID, child: Node, children(first: Int): [Node] }
            """;

    final AtomicInteger fetches = new AtomicInteger();
    final GraphQL graphQL = GraphQL.newGraphQL(schema())
            .instrumentation(new QueryLimitsInstrumentation(new QueryLimitsProperties(12, 1000, 20, 30, 500)))
            .build();

    @Test
    void a_query_within_the_depth_limit_runs_and_reports_its_cost() {
        ExecutionResult result = graphQL.execute(nested(11));
        assertThat(result.getErrors()).isEmpty();
        assertThat(result.getExtensions()).containsKey("cost");
    }

    @Test
    void a_query_over_the_depth_limit_is_refused_before_any_field_runs() {
        ExecutionResult result = graphQL.execute(nested(13));
        assertThat(result.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_DEEP"));
        assertThat(fetches).hasValue(0);
    }

    @Test
    void the_standard_introspection_query_is_exempt_from_the_depth_limit() {
        // Spring for GraphQL switches introspection off JVM-wide when a backend context in this JVM disables it.
        boolean before = Introspection.enabledJvmWide(true);
        try {
            assertThat(graphQL.execute(IntrospectionQuery.INTROSPECTION_QUERY).getErrors()).isEmpty();
        } finally {
            Introspection.enabledJvmWide(before);
        }
    }

    @Test
    void introspection_costs_its_flat_price_per_schema_read_whatever_it_selects() {
        boolean before = Introspection.enabledJvmWide(true);
        try {
            ExecutionResult full = graphQL.execute(IntrospectionQuery.INTROSPECTION_QUERY);
            ExecutionResult typeAndNode = graphQL.execute("{ __type(name: \"Node\") { name fields { name } } node { __typename id } }");
            assertThat(full.getExtensions()).containsEntry("cost", Map.of("requested", 500L, "limit", 1000));
            // __type 500, node 1 + id 1; __typename is free.
            assertThat(typeAndNode.getExtensions()).containsEntry("cost", Map.of("requested", 502L, "limit", 1000));
        } finally {
            Introspection.enabledJvmWide(before);
        }
    }

    @Test
    void list_cost_is_multiplied_by_the_page_size() {
        ExecutionResult small = graphQL.execute("{ nodes(first: 2) { id children(first: 2) { id } } }");
        @SuppressWarnings("unchecked")
        Map<String, Object> cost = (Map<String, Object>) small.getExtensions().get("cost");
        // nodes: 1 + 2 * (id 1 + children (1 + 2 * id 1)) = 1 + 2 * 4 = 9
        assertThat(cost).containsEntry("requested", 9L);
    }

    @Test
    void aliases_of_big_pages_add_up_and_are_refused() {
        StringBuilder query = new StringBuilder("{ ");
        for (int i = 0; i < 20; i++) {
            query.append("a").append(i).append(": nodes(first: 100) { id } ");
        }
        ExecutionResult result = graphQL.execute(query.append("}").toString());
        assertThat(result.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COSTLY"));
        assertThat(fetches).hasValue(0);
    }

    @Test
    void a_field_declaring_its_cost_is_charged_its_weight_so_a_few_aliases_are_refused() {
        ExecutionResult one = graphQL.execute("{ report { id } }");
        @SuppressWarnings("unchecked")
        Map<String, Object> cost = (Map<String, Object>) one.getExtensions().get("cost");
        assertThat(cost).containsEntry("requested", 301L);
        int ran = fetches.get();

        ExecutionResult four = graphQL.execute("{ a: report { id } b: report { id } c: report { id } d: report { id } }");
        assertThat(four.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COSTLY"));
        assertThat(fetches).hasValue(ran);
    }

    @Test
    void a_cheap_field_repeated_more_than_the_cap_is_refused_before_any_field_runs() {
        StringBuilder thirty = new StringBuilder("{ ");
        StringBuilder thirtyOne = new StringBuilder("{ ");
        for (int i = 0; i < 31; i++) {
            (i < 30 ? thirty : thirtyOne).append("n").append(i).append(": node { id } ");
            if (i < 30) {
                thirtyOne.append("n").append(i).append(": node { id } ");
            }
        }
        assertThat(graphQL.execute(thirty.append("}").toString()).getErrors()).isEmpty();
        int ran = fetches.get();

        ExecutionResult refused = graphQL.execute(thirtyOne.append("}").toString());

        assertThat(refused.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_MANY_ALIASES");
            assertThat(error.getMessage()).contains(" 31 times", "at most 30");
        });
        assertThat(fetches).hasValue(ran);
    }

    @Test
    void a_list_without_first_is_charged_the_default_page_size() {
        ExecutionResult result = graphQL.execute("{ nodes { id } }");
        @SuppressWarnings("unchecked")
        Map<String, Object> cost = (Map<String, Object>) result.getExtensions().get("cost");
        assertThat(cost).containsEntry("requested", 21L);
    }

    @Test
    void a_field_working_per_item_costs_its_weight_and_selection_once_per_item() {
        ExecutionResult three = graphQL.execute("{ each(items: [1, 2, 3]) { id child { id } } }");
        @SuppressWarnings("unchecked")
        Map<String, Object> cost = (Map<String, Object>) three.getExtensions().get("cost");
        // 3 items * (weight 2 + id 1 + child (1 + id 1)) = 3 * 5
        assertThat(cost).containsEntry("requested", 15L);
    }

    @Test
    void a_list_argument_over_its_max_items_is_refused_before_any_field_runs() {
        assertThat(graphQL.execute("{ each(items: [1, 2, 3]) { id } }").getErrors()).isEmpty();
        int ran = fetches.get();

        ExecutionResult four = graphQL.execute(graphql.ExecutionInput.newExecutionInput("query($items: [Int!]!) { each(items: $items) { id } }")
                .variables(Map.of("items", java.util.List.of(1, 2, 3, 4))).build());

        assertThat(four.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_MANY_ITEMS");
            assertThat(error.getMessage()).isEqualTo("each takes at most 3 items; this call has 4. Send them in several calls.");
        });
        assertThat(fetches).hasValue(ran);
    }

    private static String nested(int depth) {
        return "{ node { " + "child { ".repeat(depth - 2) + "id" + " }".repeat(depth - 2) + " } }";
    }

    private GraphQLSchema schema() {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.defaultDataFetcher(env -> {
                    fetches.incrementAndGet();
                    return java.util.Set.of("nodes", "each").contains(env.getField().getName()) ? java.util.List.of(Map.of()) : Map.of();
                }))
                .type("Node", type -> type.defaultDataFetcher(env -> {
                    fetches.incrementAndGet();
                    return switch (env.getField().getName()) {
                        case "id" -> "n";
                        case "children" -> java.util.List.of(Map.of());
                        default -> Map.of();
                    };
                }))
                .build();
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
    }
}
