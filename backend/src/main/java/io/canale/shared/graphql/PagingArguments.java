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
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import io.canale.shared.Pages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletionStage;

/**
 * The paging arguments of every field, checked in one place before the field's resolver runs:
 * {@code first} must be 1 to {@value Pages#MAX_SIZE} ({@code BAD_USER_INPUT} at {@code first} otherwise) on
 * any field that has it, and {@code after} must be a cursor this very connection issued
 * ({@code INVALID_CURSOR} at {@code after} otherwise). The resolver gets the position inside the cursor;
 * the cursors of its answer are bound to the connection on the way out (see {@link ConnectionCursors}).
 * A connection that can be read in several orders ({@value #ORDER} and {@value #SORT} arguments) binds its cursors to
 * the order too: a cursor of one order is a place in that order only, so another order answers {@code INVALID_CURSOR}
 * (the keys alone would match, and the page would silently skip or repeat records).
 * Fields get this by declaring the arguments: there is nothing to call.
 */
class PagingArguments extends SimplePerformantInstrumentation {

    private static final String FIRST = "first";
    private static final String AFTER = "after";
    static final String ORDER = "order";
    static final String SORT = "sort";

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
        String coordinates = field.getExecutionStepInfo().getObjectType().getName() + "." + definition.getName();
        List<GraphQLArgument> orderings = definition.getArguments().stream()
                .filter(argument -> argument.getName().equals(ORDER) || argument.getName().equals(SORT)).toList();
        return env -> {
            String connection = coordinates + ordered(orderings, env);
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

    /**
     * The order the connection is read in, as part of its cursors' binding: {@code (order=OLDEST_FIRST)}; an omitted or
     * null argument reads as its default, so that leaving it out and naming the default are the same order.
     */
    private static String ordered(List<GraphQLArgument> orderings, DataFetchingEnvironment env) {
        if (orderings.isEmpty()) {
            return "";
        }
        StringJoiner order = new StringJoiner(",", "(", ")");
        for (GraphQLArgument argument : orderings) {
            Object value = env.getArgument(argument.getName());
            if (value == null && argument.hasSetDefaultValue()) {
                value = argument.getArgumentDefaultValue().getValue();
            }
            order.add(argument.getName() + "=" + (value instanceof graphql.language.EnumValue literal ? literal.getName()
                    : String.valueOf(value)));
        }
        return order.toString();
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
