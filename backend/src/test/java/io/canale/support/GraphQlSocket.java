package io.canale.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * A GraphQL client over WebSocket (graphql-transport-ws) for tests: connects to {@code /graphql}, sends
 * {@code connection_init} with the bearer token, subscribes, and hands over the server's messages one by one. The
 * connection's close code is kept, so that a test can tell a refusal (4401) from a normal close.
 */
public final class GraphQlSocket implements AutoCloseable {

    private final WebSocket socket;
    private final BlockingQueue<JsonNode> messages;
    private final CompletableFuture<Integer> closed;
    private final AtomicInteger ids = new AtomicInteger();

    private GraphQlSocket(WebSocket socket, BlockingQueue<JsonNode> messages, CompletableFuture<Integer> closed) {
        this.socket = socket;
        this.messages = messages;
        this.closed = closed;
    }

    /** Opens a connection and sends {@code connection_init}; does not wait for the answer. */
    public static GraphQlSocket open(int port, Map<String, Object> initPayload) {
        BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        StringBuilder partial = new StringBuilder();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(URI.create("ws://localhost:" + port + "/graphql"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            messages.add(Http.JSON.readTree(partial.toString()));
                            partial.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket webSocket, Throwable error) {
                        closed.complete(-1);
                    }
                }).join();
        GraphQlSocket client = new GraphQlSocket(socket, messages, closed);
        client.send(Map.of("type", "connection_init", "payload", initPayload));
        return client;
    }

    /** Opens a connection with the token and waits for {@code connection_ack}. */
    public static GraphQlSocket connect(int port, String token) {
        GraphQlSocket client = open(port, Map.of("Authorization", "Bearer " + token));
        JsonNode ack = client.next(Duration.ofSeconds(15));
        if (ack == null || !"connection_ack".equals(ack.path("type").asString())) {
            throw new AssertionError("expected connection_ack, got " + ack + " (closed: " + client.closed.getNow(null) + ")");
        }
        return client;
    }

    /** Subscribes (or runs any operation); answers the operation's id. */
    public String subscribe(String query, Map<String, ?> variables) {
        return subscribe(query, variables, Map.of());
    }

    public String subscribe(String query, Map<String, ?> variables, Map<String, ?> extensions) {
        String id = Integer.toString(ids.incrementAndGet());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("query", query);
        payload.put("variables", variables == null ? Map.of() : new HashMap<>(variables));
        payload.put("extensions", extensions);
        send(Map.of("id", id, "type", "subscribe", "payload", payload));
        return id;
    }

    /** The next message of the server (pings are answered and skipped); null after the timeout. */
    public JsonNode next(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                JsonNode message = messages.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (message == null || !"ping".equals(message.path("type").asString())) {
                    return message;
                }
                send(Map.of("type", "pong"));
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The close code once the server closed the connection, or null if it is still open after the timeout. */
    public Integer closeCode(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException stillOpen) {
            return null;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return null;
        } catch (java.util.concurrent.ExecutionException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private void send(Map<String, ?> message) {
        socket.sendText(Http.JSON.writeValueAsString(message), true).join();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(ex -> null);
        }
    }
}
