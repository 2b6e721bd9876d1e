package io.canale.shared.graphql;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * graphql-java's chain of instrumentations, except that a hook called for every field of every object (beginning its
 * execution, fetching, completion; wrapping its data fetcher) is passed down the chain only when one of the
 * instrumentations implements it. Canale's instrumentations work once per operation (limits, budget), and Spring for
 * GraphQL's observations wrap data fetchers only: the plain chain asked each of them, for each of the thousand fields of
 * a page of 50, for a context it did not have, and that cost a tenth of the request.
 */
class InstrumentationChain extends ChainedInstrumentation {

    /** Where the hooks do nothing: an instrumentation that inherits a hook from these does not implement it. */
    private static final Set<Class<?>> NO_OPS = Set.of(Instrumentation.class, SimplePerformantInstrumentation.class,
            SimpleInstrumentation.class);

    private final boolean executeObject;
    private final boolean fieldExecution;
    private final boolean fieldFetching;
    private final boolean fieldCompletion;
    private final boolean fieldListCompletion;
    private final boolean dataFetcher;

    InstrumentationChain(List<Instrumentation> instrumentations) {
        super(instrumentations);
        executeObject = implemented(instrumentations, "beginExecuteObject", InstrumentationExecutionStrategyParameters.class);
        fieldExecution = implemented(instrumentations, "beginFieldExecution", InstrumentationFieldParameters.class);
        // The deprecated beginFieldFetch is what Instrumentation's own beginFieldFetching calls.
        fieldFetching = implemented(instrumentations, "beginFieldFetching", InstrumentationFieldFetchParameters.class)
                || implemented(instrumentations, "beginFieldFetch", InstrumentationFieldFetchParameters.class);
        fieldCompletion = implemented(instrumentations, "beginFieldCompletion", InstrumentationFieldCompleteParameters.class);
        fieldListCompletion = implemented(instrumentations, "beginFieldListCompletion",
                InstrumentationFieldCompleteParameters.class);
        dataFetcher = implemented(instrumentations, "instrumentDataFetcher", DataFetcher.class,
                InstrumentationFieldFetchParameters.class);
    }

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
            InstrumentationState state) {
        return executeObject ? super.beginExecuteObject(parameters, state) : null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
            InstrumentationState state) {
        return fieldExecution ? super.beginFieldExecution(parameters, state) : null;
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return fieldFetching ? super.beginFieldFetching(parameters, state) : null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return fieldCompletion ? super.beginFieldCompletion(parameters, state) : null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return fieldListCompletion ? super.beginFieldListCompletion(parameters, state) : null;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return dataFetcher ? super.instrumentDataFetcher(fetcher, parameters, state) : fetcher;
    }

    private static boolean implemented(List<Instrumentation> instrumentations, String hook, Class<?>... parameters) {
        Class<?>[] withState = Arrays.copyOf(parameters, parameters.length + 1);
        withState[parameters.length] = InstrumentationState.class;
        return instrumentations.stream().anyMatch(instrumentation -> {
            try {
                return !NO_OPS.contains(instrumentation.getClass().getMethod(hook, withState).getDeclaringClass());
            } catch (NoSuchMethodException unknown) {
                return true;
            }
        });
    }
}
