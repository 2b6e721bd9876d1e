package io.canale.portal.live;

import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The edge to the backend: GraphQL over one WebSocket (graphql-transport-ws) authenticated with an access token in
 * {@code connection_init}. {@link GraphQlLiveSocket} is Spring's client; tests fake it.
 */
interface LiveSocket {

    /** Connects; the answer is the open session once the backend acknowledged the token, or an error. */
    Mono<Session> open(String accessToken);

    /** One open connection. */
    interface Session {

        /**
         * Runs a subscription document (under {@code graphql-documents/}) and reads the field at {@code path} of each
         * event. The stream ends with {@link StreamEnded} when the backend ended this stream alone (e.g.
         * {@code SLOW_SUBSCRIBER}), with {@link Disconnected} when the connection is gone.
         */
        <T> Flux<T> subscribe(String document, Map<String, Object> variables, String path, Class<T> type);

        /** Sends an operation carrying the newer token in {@code extensions.authorization}; completes when answered. */
        Mono<Void> renew(String accessToken);

        /** Closes the connection; its streams end. */
        void close();
    }

    /** The backend ended one stream with an error; {@code code} is its {@code extensions.code} (may be null). */
    final class StreamEnded extends RuntimeException {

        private final String code;

        StreamEnded(String code, String message) {
            super(message);
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    /** The connection closed (by the backend, e.g. 4401 at token expiry, or the network). */
    final class Disconnected extends RuntimeException {

        Disconnected(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
