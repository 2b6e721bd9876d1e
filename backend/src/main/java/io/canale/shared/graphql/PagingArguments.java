package io.canale.shared.graphql;

import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.relay.Connection;
import graphql.relay.ConnectionCursor;
import graphql.relay.DefaultConnection;
import graphql.relay.DefaultConnectionCursor;
import graphql.relay.DefaultEdge;
import graphql.relay.DefaultPageInfo;
import graphql.relay.Edge;
import graphql.relay.PageInfo;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import io.canale.shared.Pages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The paging arguments of every field, checked in one place before the field's resolver runs:
 * {@code first} must be 1 to {@value Pages#MAX_SIZE} ({@code BAD_USER_INPUT} at {@code first} otherwise) on
 * any field that has it, and {@code after} must be a cursor this very connection issued
 * ({@code INVALID_CURSOR} at {@code after} otherwise). The resolver gets the position inside the cursor;
 * the cursors of its answer are bound to the connection on the way out (see {@link ConnectionCursors}).
 * Fields get this by declaring the arguments: there is nothing to call.
 */
class PagingArguments extends SimplePerformantInstrumentation {

    private static final String FIRST = "first";
    private static final String AFTER = "after";

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            // A plain property takes no arguments (every paged field has a resolver: PagingArgumentsTests). Asking it for
            // its environment would build one for each of the thousands of properties a long answer reads without one.
            return fetcher;
        }
        DataFetchingEnvironment field = parameters.getEnvironment();
        GraphQLFieldDefinition definition = field.getFieldDefinition();
        boolean sized = definition.getArgument(FIRST) != null;
        boolean cursored = definition.getArgument(AFTER) != null;
        if (!sized && !cursored) {
            return fetcher;
        }
        String connection = field.getExecutionStepInfo().getObjectType().getName() + "." + definition.getName();
        return env -> {
            if (sized) {
                Pages.size(env.getArgument(FIRST));
            }
            if (!cursored) {
                return fetcher.get(env);
            }
            String after = env.getArgument(AFTER);
            DataFetchingEnvironment opened = after == null ? env
                    : new WithArgument(env, AFTER, ConnectionCursors.open(connection, after));
            return bound(fetcher.get(opened), connection);
        };
    }

    /** The fetcher's answer with every cursor bound to the connection, whether it comes now or later. */
    private static Object bound(Object answer, String connection) {
        return switch (answer) {
            case CompletionStage<?> later -> later.thenApply(value -> bound(value, connection));
            case DataFetcherResult<?> result -> result.map(data -> bound(data, connection));
            case Connection<?> page -> boundPage(page, connection);
            case null, default -> answer;
        };
    }

    private static <T> Connection<T> boundPage(Connection<T> page, String connection) {
        List<Edge<T>> edges = page.getEdges().stream()
                .<Edge<T>>map(edge -> new DefaultEdge<>(edge.getNode(), bound(edge.getCursor(), connection)))
                .toList();
        PageInfo info = page.getPageInfo();
        return new DefaultConnection<>(edges, new DefaultPageInfo(bound(info.getStartCursor(), connection),
                bound(info.getEndCursor(), connection), info.isHasPreviousPage(), info.isHasNextPage()));
    }

    private static ConnectionCursor bound(ConnectionCursor cursor, String connection) {
        return cursor == null ? null : new DefaultConnectionCursor(ConnectionCursors.issue(connection, cursor.getValue()));
    }

    /** The field's environment with one argument replaced. */
    private static final class WithArgument extends DelegatingDataFetchingEnvironment {

        private final Map<String, Object> arguments;

        WithArgument(DataFetchingEnvironment env, String name, Object value) {
            super(env);
            this.arguments = new HashMap<>(env.getArguments());
            this.arguments.put(name, value);
        }

        @Override
        public Map<String, Object> getArguments() {
            return arguments;
        }

        @Override
        public boolean containsArgument(String name) {
            return arguments.containsKey(name);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getArgument(String name) {
            return (T) arguments.get(name);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getArgumentOrDefault(String name, T defaultValue) {
            return (T) arguments.getOrDefault(name, defaultValue);
        }
    }
}
