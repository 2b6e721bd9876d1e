package io.canale.budget;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.canale.budget.CostBudgets.Charge;
import io.canale.security.Caller;
import io.canale.security.CallerArguments;
import io.canale.shared.graphql.GraphQlHttpStatus;
import io.canale.shared.graphql.QueryCost;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * Charges each operation its cost, as the query limits measured it, against its caller's budget before anything
 * runs: runs after the query limits (so a refused query is not charged; it costs the server next to nothing, see
 * the benchmark). An operation that does not fit is aborted with {@code RATE_LIMITED} and the seconds to wait in
 * {@code extensions.retryAfter}. The budget after the charge goes into {@code extensions.cost.budget}, beside the
 * cost the limits report.
 */
class BudgetInstrumentation extends SimplePerformantInstrumentation {

    /** Where the charge waits in the GraphQLContext for the answer's extensions and headers. */
    static final String CHARGE_KEY = BudgetInstrumentation.class.getName() + ".charge";

    private final CostBudgets budgets;

    BudgetInstrumentation(CostBudgets budgets) {
        this.budgets = budgets;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        GraphQLContext context = parameters.getExecutionContext().getGraphQLContext();
        Caller caller = context.get(CallerArguments.CONTEXT_KEY);
        OptionalLong cost = QueryCost.of(context);
        if (caller == null || cost.isEmpty()) {
            // No caller: every field answers FORBIDDEN (HTTP requires a token before GraphQL is reached).
            return SimpleInstrumentationContext.noOp();
        }
        Charge charge = budgets.charge(caller.budgetKey(), cost.getAsLong());
        context.put(CHARGE_KEY, charge);
        if (!charge.granted()) {
            throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                    .message("The query costs " + charge.requested() + " points and " + charge.remaining()
                            + " of your budget of " + charge.limit() + " remain, restored at " + charge.restoreRate()
                            + " points per second. Try again in " + charge.retryAfter() + " s.")
                    .errorType(ErrorClassification.errorClassification(GraphQlHttpStatus.RATE_LIMITED))
                    .extensions(Map.of("code", GraphQlHttpStatus.RATE_LIMITED, "retryAfter", charge.retryAfter()))
                    .build()));
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        Charge charge = parameters.getGraphQLContext().get(CHARGE_KEY);
        if (charge == null || QueryCost.ofSubscription(parameters.getGraphQLContext())) {
            return CompletableFuture.completedFuture(result);
        }
        Map<Object, Object> cost = new LinkedHashMap<>();
        if (result.getExtensions() != null && result.getExtensions().get("cost") instanceof Map<?, ?> limits) {
            cost.putAll(limits);
        }
        cost.put("requested", charge.requested());
        Map<String, Object> budget = new LinkedHashMap<>();
        budget.put("limit", charge.limit());
        budget.put("remaining", charge.remaining());
        budget.put("restoreRate", charge.restoreRate());
        budget.put("resetAfter", charge.resetAfter());
        cost.put("budget", budget);
        return CompletableFuture.completedFuture(result.transform(builder -> builder.addExtension("cost", cost)));
    }
}
