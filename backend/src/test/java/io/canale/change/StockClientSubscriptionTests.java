package io.canale.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.canale.support.IntegrationTestBase;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * A stock graphql-transport-ws client — Spring for GraphQL's own {@link WebSocketGraphQlClient}, not the tests' hand-made
 * one — subscribes to the change feed with a partner system's token and hears of its lead, as a partner's integration
 * would.
 */
class StockClientSubscriptionTests extends IntegrationTestBase {

    @LocalServerPort
    int serverPort;

    @Test
    void spring_graphqls_websocket_client_subscribes_and_hears_of_a_change() {
        String token = tokenFor("dealer-system");
        String head = Long.toString(Math.max(0, lastSequence(token)));
        WebSocketGraphQlClient client = WebSocketGraphQlClient.builder(URI.create("ws://localhost:" + serverPort + "/graphql"),
                new StandardWebSocketClient()).interceptor(new WebSocketGraphQlClientInterceptor() {
                    @Override
                    public Mono<Object> connectionInitPayload() {
                        return Mono.just(Map.of("Authorization", "Bearer " + token));
                    }
                }).build();
        List<String> heard = new CopyOnWriteArrayList<>();
        Disposable subscription = client.document("subscription($after: String) { changes(types: [LEAD], afterSequence: $after) "
                        + "{ recordId changeType } }").variable("after", head).executeSubscription()
                .map(response -> {
                    assertThat(response.getErrors()).isEmpty();
                    return response.field("changes.recordId").getValue().toString();
                }).subscribe(heard::add);
        try {
            String lead = http.payload(token, "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } "
                    + "userErrors { field code message } } }", Map.of("input", Map.of("idempotencyKey", "stock-client-" + System.nanoTime(),
                    "contact", Map.of("name", "Stock Client", "email", "stock.client@example.com"),
                    "address", Map.of("country", "IT", "region", "Lazio")))).at("/lead/id").asString();
            await().atMost(Duration.ofSeconds(30)).until(() -> heard.contains(lead));
        } finally {
            subscription.dispose();
            client.stop().block(Duration.ofSeconds(5));
        }
    }

    private long lastSequence(String token) {
        long last = 0;
        String after = null;
        boolean more = true;
        while (more) {
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put("after", after);
            var page = http.graphql(token, "query($after: String) { changes(first: 100, after: $after) { edges { node { sequence } } "
                    + "pageInfo { hasNextPage endCursor } } }", variables).at("/data/changes");
            for (var edge : page.path("edges")) {
                last = Long.parseLong(edge.at("/node/sequence").asString());
            }
            more = page.at("/pageInfo/hasNextPage").asBoolean();
            after = page.at("/pageInfo/endCursor").asString();
        }
        return last;
    }
}
