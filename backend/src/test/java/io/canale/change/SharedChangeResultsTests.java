package io.canale.change;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.canale.security.Caller;
import io.canale.security.CallerArguments;
import io.canale.security.PartnerRole;
import io.canale.shared.Actor;
import io.canale.shared.PartnerType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subscription strategy shares a change event's executed selection among the subscriptions of the same caller
 * with the same document, and never beyond: not with another caller, not for an equal but different event, not a
 * result with errors.
 */
class SharedChangeResultsTests {

    private static final String SDL = "type Query { ok: Int } type Subscription { changes: Change recordChanges: Change } "
            + "type Change { recordId: String seenBy: String }";
    private static final String DOCUMENT = "subscription { changes { recordId seenBy } }";

    static final Caller ROSSI = new Caller("rossi", Caller.Kind.PARTNER_SYSTEM, "ptn_rossi", PartnerType.DEALER,
            Set.of(PartnerRole.ADMIN), Set.of("leads:read"));
    static final Caller BIANCHI = new Caller("bianchi", Caller.Kind.PARTNER_SYSTEM, "ptn_bianchi", PartnerType.DEALER,
            Set.of(PartnerRole.ADMIN), Set.of("leads:read"));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AtomicInteger resolved = new AtomicInteger();
    private List<ShownChange> events = List.of();

    /** A schema whose {@code seenBy} depends on the caller, as the API's actor does, and counts its calls. */
    private GraphQL graphQl(boolean failFirst) {
        DataFetcher<String> seenBy = env -> {
            if (resolved.incrementAndGet() == 1 && failFirst) {
                throw new IllegalStateException("first try fails");
            }
            Caller caller = env.getGraphQlContext().get(CallerArguments.CONTEXT_KEY);
            return caller.subject();
        };
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Subscription", type -> type.dataFetcher("changes", env -> Flux.fromIterable(events)))
                .type("Change", type -> type.dataFetcher("seenBy", seenBy)).build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
        return GraphQL.newGraphQL(schema)
                .subscriptionExecutionStrategy(new SharedChangeResults.Strategy(new SimpleDataFetcherExceptionHandler(), JSON)).build();
    }

    @Test
    void subscriptions_of_one_caller_with_the_same_document_share_each_events_result() {
        ShownChange change = change("lead_1");
        events = List.of(change);
        GraphQL graphQl = graphQl(false);

        List<ExecutionResult> first = subscribe(graphQl, ROSSI);
        List<ExecutionResult> second = subscribe(graphQl, ROSSI);

        assertThat(resolved).as("resolved once for both").hasValue(1);
        assertThat(asJson(second.getFirst())).isEqualTo(asJson(first.getFirst()))
                .isEqualTo(Map.of("changes", Map.of("recordId", "lead_1", "seenBy", "rossi")));
    }

    @Test
    void another_caller_is_never_handed_a_result_of_the_same_event() {
        events = List.of(change("lead_1"));
        GraphQL graphQl = graphQl(false);

        subscribe(graphQl, ROSSI);
        List<ExecutionResult> bianchis = subscribe(graphQl, BIANCHI);

        assertThat(resolved).hasValue(2);
        assertThat(asJson(bianchis.getFirst())).isEqualTo(Map.of("changes", Map.of("recordId", "lead_1", "seenBy", "bianchi")));
    }

    @Test
    void only_the_same_event_is_shared_not_an_equal_one_nor_another_document() {
        GraphQL graphQl = graphQl(false);
        events = List.of(change("lead_1"));
        subscribe(graphQl, ROSSI);
        events = List.of(change("lead_1"));
        subscribe(graphQl, ROSSI);
        assertThat(resolved).as("an equal event delivered apart").hasValue(2);

        execute(graphQl, ROSSI, "subscription { changes { seenBy recordId } }");
        assertThat(resolved).as("another document").hasValue(3);
    }

    @Test
    void a_result_with_errors_is_not_shared() {
        events = List.of(change("lead_1"));
        GraphQL graphQl = graphQl(true);

        List<ExecutionResult> failed = subscribe(graphQl, ROSSI);
        List<ExecutionResult> next = subscribe(graphQl, ROSSI);

        assertThat(failed.getFirst().getErrors()).isNotEmpty();
        assertThat(next.getFirst().getErrors()).isEmpty();
        assertThat(asJson(next.getFirst())).isEqualTo(Map.of("changes", Map.of("recordId", "lead_1", "seenBy", "rossi")));
    }

    @Test
    void only_change_subscriptions_run_without_data_loaders() {
        assertThat(SharedChangeResults.onlyChangeSubscriptions(operation("subscription { changes { recordId } }"))).isTrue();
        assertThat(SharedChangeResults.onlyChangeSubscriptions(operation("subscription($id: ID!) { recordChanges(recordId: $id) { recordId } }")))
                .isTrue();
        assertThat(SharedChangeResults.onlyChangeSubscriptions(operation("subscription { notifications { id } }"))).isFalse();
        assertThat(SharedChangeResults.onlyChangeSubscriptions(operation("query { changes(first: 1) { edges { cursor } } }"))).isFalse();
    }

    private List<ExecutionResult> subscribe(GraphQL graphQl, Caller caller) {
        return execute(graphQl, caller, DOCUMENT);
    }

    private static List<ExecutionResult> execute(GraphQL graphQl, Caller caller, String document) {
        ExecutionResult subscribed = graphQl.execute(ExecutionInput.newExecutionInput(document)
                .graphQLContext(Map.of(CallerArguments.CONTEXT_KEY, caller)).build());
        assertThat(subscribed.getErrors()).isEmpty();
        Publisher<ExecutionResult> results = subscribed.getData();
        return Flux.from(results).collectList().block();
    }

    /** An event's data as its subscriber reads it: shared results are kept as serialized JSON. */
    private static Object asJson(ExecutionResult result) {
        return JSON.readValue(JSON.writeValueAsString(result.<Object>getData()), Map.class);
    }

    private static OperationDefinition operation(String document) {
        return Parser.parse(document).getDefinitionsOfType(OperationDefinition.class).getFirst();
    }

    private static ShownChange change(String recordId) {
        return new ShownChange(1, RecordType.LEAD, recordId, "CREATED", 1, Instant.EPOCH, new Actor("rossi", null), List.of());
    }
}
