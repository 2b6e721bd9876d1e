package io.canale.shared.graphql;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import io.canale.shared.Pages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Refuses a query deeper or costlier than the configured limits before it runs, and reports the cost in
 * {@code extensions.cost}. Unlike graphql-java's complexity instrumentation, a list field's cost is
 * multiplied by its page size, so aliasing {@code partners(first: 100)} many times is caught; a field that scans
 * many records declares its own cost with {@code @cost(weight:)} in the schema (and, with {@code perItemOf}, counts it
 * and its selection once per item of a list argument, as that many calls would); a list argument may carry at most its
 * {@code @maxItems(max:)}; and no field may appear more than
 * {@code maxFieldRepeats} times in one operation, however cheap. Introspection is exempt from the depth limit but
 * costs a flat {@code introspectionCost} per {@code __schema} or {@code __type}, so that it counts against the
 * caller's rate budget like any other read. The cost of an operation that passed is kept as its {@link QueryCost}.
 */
class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

    /** The fields that read the schema; {@code __typename} is free, as its answer is known without a lookup. */
    private static final Set<String> INTROSPECTION_ROOTS = Set.of("__schema", "__type");

    private final QueryLimitsProperties limits;

    QueryLimitsInstrumentation(QueryLimitsProperties limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        Measure measure = measure(execution);
        if (measure.depth > limits.maxDepth()) {
            throw abort("QUERY_TOO_DEEP", "The query is " + measure.depth + " levels deep; the limit is "
                    + limits.maxDepth() + ".");
        }
        if (measure.mostRepeated != null) {
            throw abort("QUERY_TOO_MANY_ALIASES", "The query asks for " + measure.mostRepeated + " "
                    + measure.repeats.get(measure.mostRepeated) + " times; one field may appear at most "
                    + limits.maxFieldRepeats() + " times.");
        }
        if (measure.tooManyItems != null) {
            throw abort("QUERY_TOO_MANY_ITEMS", measure.tooManyItems);
        }
        if (measure.cost > limits.maxCost()) {
            throw abort("QUERY_TOO_COSTLY", "The query costs " + measure.cost + "; the limit is "
                    + limits.maxCost() + ". Ask for smaller pages or fewer fields.");
        }
        QueryCost.record(execution.getGraphQLContext(), measure.cost,
                execution.getOperationDefinition().getOperation() == graphql.language.OperationDefinition.Operation.SUBSCRIPTION);
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        OptionalLong cost = QueryCost.of(parameters.getGraphQLContext());
        if (cost.isEmpty() || QueryCost.ofSubscription(parameters.getGraphQLContext())) {
            return CompletableFuture.completedFuture(result);
        }
        Map<Object, Object> costExtension = Map.of("requested", cost.getAsLong(), "limit", limits.maxCost());
        return CompletableFuture.completedFuture(result.transform(builder -> builder.addExtension("cost", costExtension)));
    }

    private Measure measure(ExecutionContext execution) {
        QueryTraverser traverser = QueryTraverser.newQueryTraverser()
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getOperationDefinition().getName())
                .coercedVariables(execution.getCoercedVariables())
                .build();
        Map<QueryVisitorFieldEnvironment, Long> childCosts = new HashMap<>();
        Measure measure = new Measure();
        traverser.visitPostOrder(new QueryVisitorStub() {
            @Override
            public void visitField(QueryVisitorFieldEnvironment env) {
                if (isIntrospection(env)) {
                    // Free of the depth limit (the standard query is 15 deep), but not free: see introspectionCost.
                    if (env.getParentEnvironment() == null && INTROSPECTION_ROOTS.contains(env.getField().getName())) {
                        measure.cost += limits.introspectionCost();
                    }
                    return;
                }
                checkItems(env, measure);
                long perItem = itemsOf(env);
                long cost = perItem > 0 ? perItem * (weight(env) + childCosts.getOrDefault(env, 0L))
                        : weight(env) + multiplier(env) * childCosts.getOrDefault(env, 0L);
                String field = env.getFieldsContainer().getName() + "." + env.getFieldDefinition().getName();
                if (measure.repeats.merge(field, 1, Integer::sum) > limits.maxFieldRepeats() && measure.mostRepeated == null) {
                    measure.mostRepeated = field;
                }
                QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
                if (parent == null) {
                    measure.cost += cost;
                } else {
                    childCosts.merge(parent, cost, Long::sum);
                }
                measure.depth = Math.max(measure.depth, depthOf(env));
            }
        });
        return measure;
    }

    /** 1, or what the schema declares with {@code @cost(weight:)} for a field that does more work. */
    private static long weight(QueryVisitorFieldEnvironment env) {
        GraphQLAppliedDirective cost = env.getFieldDefinition().getAppliedDirective("cost");
        if (cost == null) {
            return 1;
        }
        Integer weight = cost.getArgument("weight").getValue();
        return weight == null ? 1 : Math.max(1, weight);
    }

    /**
     * The size of the list argument named by {@code @cost(perItemOf:)}: the field works once per item, so its weight and
     * selection count once per item (as that many calls would); 0 when the field declares none.
     */
    private static long itemsOf(QueryVisitorFieldEnvironment env) {
        GraphQLAppliedDirective cost = env.getFieldDefinition().getAppliedDirective("cost");
        if (cost == null || cost.getArgument("perItemOf") == null || cost.getArgument("perItemOf").getValue() == null) {
            return 0;
        }
        return env.getArguments().get(cost.getArgument("perItemOf").<String>getValue()) instanceof List<?> items
                ? Math.max(1, items.size()) : 1;
    }

    /** Notes the first list argument that carries more items than its {@code @maxItems(max:)}. */
    private static void checkItems(QueryVisitorFieldEnvironment env, Measure measure) {
        for (GraphQLArgument argument : env.getFieldDefinition().getArguments()) {
            GraphQLAppliedDirective maxItems = argument.getAppliedDirective("maxItems");
            if (maxItems != null && measure.tooManyItems == null
                    && env.getArguments().get(argument.getName()) instanceof List<?> items
                    && items.size() > maxItems.getArgument("max").<Integer>getValue()) {
                measure.tooManyItems = env.getFieldDefinition().getName() + " takes at most " + maxItems.getArgument("max").<Integer>getValue()
                        + " " + argument.getName() + "; this call has " + items.size() + ". Send them in several calls.";
            }
        }
    }

    private long multiplier(QueryVisitorFieldEnvironment env) {
        Object first = env.getArguments().get("first");
        if (first instanceof Integer size && size > 0) {
            // A size over the maximum is refused at its field (PagingArguments), not mistaken for a costly query.
            return Math.min(size, Pages.MAX_SIZE);
        }
        return env.getFieldDefinition().getArgument("first") != null ? limits.defaultPageSize() : 1;
    }

    private static boolean isIntrospection(QueryVisitorFieldEnvironment env) {
        return env.getField().getName().startsWith("__") || env.getFieldsContainer().getName().startsWith("__");
    }

    private static int depthOf(QueryVisitorFieldEnvironment env) {
        int depth = 0;
        for (QueryVisitorFieldEnvironment at = env; at != null; at = at.getParentEnvironment()) {
            depth++;
        }
        return depth;
    }

    private static AbortExecutionException abort(String code, String message) {
        GraphQLError error = GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(ErrorClassification.errorClassification(code))
                .extensions(Map.of("code", code))
                .build();
        return new AbortExecutionException(List.of(error));
    }

    private static final class Measure {
        long cost;
        int depth;
        final Map<String, Integer> repeats = new HashMap<>();
        String mostRepeated;
        String tooManyItems;
    }
}
