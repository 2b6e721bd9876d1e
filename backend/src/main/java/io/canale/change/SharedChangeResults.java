package io.canale.change;

import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FetchedValue;
import graphql.execution.FieldValueInfo;
import graphql.execution.SubscriptionExecutionStrategy;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import io.canale.security.CallerArguments;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/**
 * Change subscriptions executed once per reader view instead of once per subscription. graphql-java runs a
 * subscription's selection set for every event of every subscription; with hundreds of subscribers of the same caller
 * that is the same work hundreds of times. Two things make it cheap:
 * <ul>
 * <li>Each subscription of one caller receives the same {@link ShownChange} for an entry ({@link SharedEntry}); the
 * completed selection of an event (the {@code data} of its result) is kept for a short time under the event, the
 * caller, the document, its operation and variables, and the locale — everything the fields' resolvers read — and
 * handed to the caller's other subscriptions with the same document, serialized to JSON once (a {@link RawValue}
 * that the WebSocket handler's encoder copies into each subscription's message). A result with errors, or still
 * running, is never shared. Access is decided before: the entry was shaped for that caller by the policy when it was delivered.</li>
 * <li>Change subscriptions execute without data loaders: nothing under {@code Change} is batch-loaded (each event is
 * one object), while graphql-java would dispatch every registered data loader after each event — the largest single
 * cost of a delivery in the profile (bench/profiles/live-before.txt) — and graphql-java 25.0 keeps a call stack per
 * event for the subscription's lifetime (fixed after 25.0, graphql-java#4384). A batch-loaded field added under
 * {@code Change} fails visibly ("no data loader") rather than silently hanging the stream.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SharedChangeResults {

    /** The subscription fields that deliver {@link ShownChange}s. */
    static final Set<String> CHANGE_SUBSCRIPTIONS = Set.of("changes", "recordChanges");

    /** How long a completed result is kept for the caller's other subscriptions, and how many are kept at most. */
    private static final long KEEP_NANOS = 2_000_000_000L;
    private static final int KEEP_AT_MOST = 20_000;

    @Bean
    GraphQlSourceBuilderCustomizer sharedChangeResultsStrategy(ObjectProvider<DataFetcherExceptionResolver> resolvers, JsonMapper json) {
        // The same exception handling Spring for GraphQL gives the default strategies (Spring Boot hands it the same
        // resolvers, in the same order).
        return builder -> builder.configureGraphQl(graphQl -> graphQl.subscriptionExecutionStrategy(
                new Strategy(DataFetcherExceptionResolver.createExceptionHandler(resolvers.orderedStream().toList()), json)));
    }

    @Bean
    SimplePerformantInstrumentation changeSubscriptionsWithoutDataLoaders() {
        return new SimplePerformantInstrumentation() {
            @Override
            public ExecutionContext instrumentExecutionContext(ExecutionContext context, InstrumentationExecutionParameters parameters,
                    InstrumentationState state) {
                return onlyChangeSubscriptions(context.getOperationDefinition())
                        ? context.transform(builder -> builder.dataLoaderRegistry(EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY))
                        : context;
            }
        };
    }

    /** A subscription whose fields are all change subscriptions (graphql-transport-ws allows one root field anyway). */
    static boolean onlyChangeSubscriptions(OperationDefinition operation) {
        if (operation == null || operation.getOperation() != OperationDefinition.Operation.SUBSCRIPTION) {
            return false;
        }
        for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
            if (!(selection instanceof Field field) || !CHANGE_SUBSCRIPTIONS.contains(field.getName())) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a completed event depends on besides the event: who reads it, and how it was asked for. One instance per
     * distinct view (while at most {@link #KEEP_AT_MOST} are known), so that a result is found by identity, without
     * hashing and comparing the caller, the document and the variables on every delivery.
     */
    private record View(Object caller, String query, String operationName, Map<String, Object> variables, Locale locale) {

        private static final Map<View, View> KNOWN = new ConcurrentHashMap<>();

        /** The subscription's view, worked out at its first event and kept in its GraphQLContext for the others. */
        static View of(ExecutionContext context) {
            return context.getGraphQLContext().computeIfAbsent(View.class, key -> {
                View view = new View(context.getGraphQLContext().get(CallerArguments.CONTEXT_KEY),
                        context.getExecutionInput().getQuery(), context.getExecutionInput().getOperationName(),
                        context.getCoercedVariables().toMap(), context.getLocale());
                if (KNOWN.size() >= KEEP_AT_MOST) {
                    KNOWN.clear();
                }
                return KNOWN.computeIfAbsent(view, known -> known);
            });
        }
    }

    /** The same delivery of the same entry (by identity) to the same view (by identity). */
    private record Key(Object payload, View view) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.payload == payload && key.view == view;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(payload) + System.identityHashCode(view);
        }
    }

    /** graphql-java's subscription strategy, completing each change event once per key. */
    static final class Strategy extends SubscriptionExecutionStrategy {

        /** Two generations: results of the last 2 to 4 seconds, never more than twice {@link #KEEP_AT_MOST}. */
        private volatile Map<Key, FieldValueInfo> current = new ConcurrentHashMap<>();
        private volatile Map<Key, FieldValueInfo> previous = Map.of();
        private volatile long since = System.nanoTime();

        private final JsonMapper json;

        Strategy(DataFetcherExceptionHandler exceptionHandler, JsonMapper json) {
            super(exceptionHandler);
            this.json = json;
        }

        @Override
        protected FieldValueInfo completeField(ExecutionContext context, ExecutionStrategyParameters parameters, Object fetchedValue) {
            Object payload = FetchedValue.getFetchedValue(fetchedValue);
            if (!(payload instanceof ShownChange) || parameters.getPath().getLevel() != 1) {
                return super.completeField(context, parameters, fetchedValue);
            }
            Key key = new Key(payload, View.of(context));
            Map<Key, FieldValueInfo> results = generation();
            FieldValueInfo known = results.get(key);
            if (known == null) {
                known = previous.get(key);
            }
            if (known != null) {
                return known;
            }
            FieldValueInfo completed = super.completeField(context, parameters, fetchedValue);
            if (!shareable(completed, parameters) || results.size() >= KEEP_AT_MOST) {
                return completed;
            }
            // Serialized once here; the WebSocket handler's JSON encoder writes the text as it is into each message.
            Object value = completed.getFieldValueFuture().join();
            FieldValueInfo serialized = new FieldValueInfo(completed.getCompleteValueType(),
                    value == null ? null : new RawValue(json.writeValueAsString(value)));
            results.put(key, serialized);
            return serialized;
        }

        /** Completed now, without errors: what another subscription of the same key would have received. */
        private static boolean shareable(FieldValueInfo completed, ExecutionStrategyParameters parameters) {
            CompletableFuture<Object> value = completed.getFieldValueFuture();
            return value.isDone() && !value.isCompletedExceptionally() && parameters.getDeferredCallContext() != null
                    && parameters.getDeferredCallContext().getErrors().isEmpty();
        }

        /** The generation to add to, turned over every {@link #KEEP_NANOS}. */
        private Map<Key, FieldValueInfo> generation() {
            long now = System.nanoTime();
            if (now - since > KEEP_NANOS) {
                synchronized (this) {
                    if (now - since > KEEP_NANOS) {
                        previous = current;
                        current = new ConcurrentHashMap<>();
                        since = now;
                    }
                }
            }
            return current;
        }
    }
}
