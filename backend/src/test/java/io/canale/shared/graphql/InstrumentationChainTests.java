package io.canale.shared.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The chain passes every hook to the instrumentations that implement it, and per-field hooks to no one else. */
class InstrumentationChainTests {

    final AtomicInteger completions = new AtomicInteger();

    /** Implements one per-field hook. */
    final SimplePerformantInstrumentation countingCompletions = new SimplePerformantInstrumentation() {
        @Override
        public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
                InstrumentationState state) {
            completions.incrementAndGet();
            return null;
        }
    };

    final QueryLimitsInstrumentation limits = new QueryLimitsInstrumentation(new QueryLimitsProperties(2, 1000, 20, 30, 500));

    @Test
    void per_field_hooks_that_no_instrumentation_implements_are_skipped() {
        InstrumentationChain chain = new InstrumentationChain(List.of(limits, new SimplePerformantInstrumentation()));
        DataFetcher<?> fetcher = env -> "x";
        assertThat(chain.beginFieldExecution(null, null)).isNull();
        assertThat(chain.beginFieldFetching(null, null)).isNull();
        assertThat(chain.beginFieldCompletion(null, null)).isNull();
        assertThat(chain.beginExecuteObject(null, null)).isNull();
        assertThat(chain.instrumentDataFetcher(fetcher, null, null)).isSameAs(fetcher);
    }

    @Test
    void a_per_field_hook_reaches_the_instrumentation_that_implements_it() {
        ExecutionResult result = graphQl(new InstrumentationChain(List.of(limits, countingCompletions))).execute("{ a b }");
        assertThat(result.getErrors()).isEmpty();
        assertThat(completions).hasValue(2);
    }

    @Test
    void operation_hooks_still_reach_every_instrumentation() {
        ExecutionResult result = graphQl(new InstrumentationChain(List.of(limits, countingCompletions)))
                .execute("{ node { node { node { a } } } }");
        assertThat(result.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_DEEP"));
        assertThat(completions).hasValue(0);
    }

    private static GraphQL graphQl(InstrumentationChain chain) {
        String sdl = "type Query { a: String, b: String, node: Node } type Node { a: String, node: Node }";
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("a", env -> "a").dataFetcher("b", env -> "b"))
                .build();
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring))
                .instrumentation(chain).build();
    }
}
