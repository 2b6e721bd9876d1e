package io.canale.portal.live;

import io.canale.portal.api.BackendProperties;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The live connection over Spring for GraphQL's {@link WebSocketGraphQlClient} (graphql-transport-ws) on the backend's
 * {@code /graphql}, through the servlet container's own WebSocket client. Each connection is a client of its own,
 * built with the token of its {@code connection_init} and stopped when the connection is gone, so it never reconnects
 * by itself with a stale token: {@link LiveConnection} decides when and with which token to connect again.
 */
@Component
class GraphQlLiveSocket implements LiveSocket {

    /** A backend that neither acknowledges nor refuses within this long counts as unreachable. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(20);
    /** Pings keep proxies from closing a quiet connection and notice a dead one. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(30);

    private final URI url;
    private final StandardWebSocketClient webSocket = new StandardWebSocketClient();

    GraphQlLiveSocket(BackendProperties backend) {
        this.url = webSocketUrl(backend.endpoint("/graphql"));
    }

    static URI webSocketUrl(String httpUrl) {
        return URI.create(httpUrl.replaceFirst("^http", "ws"));
    }

    @Override
    public Mono<Session> open(String accessToken) {
        WebSocketGraphQlClient client = WebSocketGraphQlClient.builder(url, webSocket)
                .interceptor(new WebSocketGraphQlClientInterceptor() {
                    @Override
                    public Mono<Object> connectionInitPayload() {
                        return Mono.just(Map.of("Authorization", "Bearer " + accessToken));
                    }
                })
                .keepAlive(KEEP_ALIVE)
                .build();
        return client.start().timeout(CONNECT_TIMEOUT)
                .then(Mono.<Session>fromSupplier(() -> new ClientSession(client)))
                .onErrorResume(failure -> client.stop().then(Mono.error(new Disconnected("not connected", failure))));
    }

    private static final class ClientSession implements Session {

        private final WebSocketGraphQlClient client;

        ClientSession(WebSocketGraphQlClient client) {
            this.client = client;
        }

        @Override
        public <T> Flux<T> subscribe(String document, Map<String, Object> variables, String path, Class<T> type) {
            return client.documentName(document).variables(variables).executeSubscription()
                    .map(response -> read(response, path, type))
                    .onErrorMap(failure -> !(failure instanceof StreamEnded), this::ended);
        }

        @Override
        public Mono<Void> renew(String accessToken) {
            return client.documentName("live/renewConnection")
                    .extension("authorization", "Bearer " + accessToken)
                    .execute().timeout(ANSWER_TIMEOUT)
                    .flatMap(response -> response.isValid() ? Mono.<Void>empty()
                            : Mono.error(new StreamEnded(code(response.getErrors()), "renewal refused")));
        }

        @Override
        public void close() {
            client.stop().subscribe(done -> { }, failure -> { });
        }

        private static <T> T read(ClientGraphQlResponse response, String path, Class<T> type) {
            if (!response.isValid() || !response.getErrors().isEmpty()) {
                throw new StreamEnded(code(response.getErrors()), "stream answered errors: " + response.getErrors());
            }
            return response.field(path).toEntity(type);
        }

        /** One stream's error leaves the connection as it is; anything else means the connection is gone. */
        private RuntimeException ended(Throwable failure) {
            if (failure instanceof SubscriptionErrorException refused) {
                return new StreamEnded(code(refused.getErrors()), refused.getMessage());
            }
            close(); // stopped, so that nothing reconnects with this connection's token
            return new Disconnected(failure.getMessage(), failure);
        }

        private static String code(List<ResponseError> errors) {
            return errors.stream().map(error -> error.getExtensions().get("code")).filter(code -> code != null)
                    .map(Object::toString).findFirst().orElse(null);
        }
    }
}
