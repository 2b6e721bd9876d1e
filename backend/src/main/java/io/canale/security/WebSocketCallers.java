package io.canale.security;

import io.canale.shared.graphql.LiveConnections;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who is on the other end of a GraphQL WebSocket connection. A browser cannot send headers with the WebSocket
 * handshake, so the bearer token comes in {@code connection_init} ({@code {"Authorization": "Bearer …"}}) and is checked
 * as the API checks it on HTTP (signature, expiry, audience); without a valid one the connection is refused (4401).
 * The connection lives as long as its token: it is closed (4401) when the token expires, unless an operation sent on it
 * before then carries a newer token of the same caller in {@code extensions.authorization}. Each operation runs as
 * that caller. A caller (person or partner system) may keep {@code canale.graphql.websocket.connections-per-caller}
 * connections open per node.
 */
@Component
class WebSocketCallers implements WebSocketGraphQlInterceptor, DisposableBean {

    private static final String CALLER = WebSocketCallers.class.getName() + ".caller";
    private static final String EXPIRES_AT = WebSocketCallers.class.getName() + ".expiresAt";
    private static final String CLOSING = WebSocketCallers.class.getName() + ".closing";

    private final JwtDecoder tokens;
    private final LiveConnections connections;
    private final Clock clock;
    private final int connectionsPerCaller;
    private final Map<String, AtomicInteger> openPerCaller = new ConcurrentHashMap<>();
    private final ScheduledExecutorService expiries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "websocket-expiry");
        thread.setDaemon(true);
        return thread;
    });

    WebSocketCallers(JwtDecoder tokens, LiveConnections connections, Clock clock,
            @Value("${canale.graphql.websocket.connections-per-caller:5}") int connectionsPerCaller) {
        this.tokens = tokens;
        this.connections = connections;
        this.clock = clock;
        this.connectionsPerCaller = connectionsPerCaller;
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
        return Mono.fromCallable(() -> {
            Jwt jwt = decode(payload.get("Authorization") != null ? payload.get("Authorization") : payload.get("authorization"));
            Caller caller = Callers.of(jwt);
            AtomicInteger open = openPerCaller.computeIfAbsent(caller.budgetKey(), key -> new AtomicInteger());
            if (open.incrementAndGet() > connectionsPerCaller) {
                open.decrementAndGet();
                throw new IllegalStateException("too many connections of this caller");
            }
            session.getAttributes().put(CALLER, caller);
            expireAt(session, jwt.getExpiresAt());
            return Map.of("expiresAt", String.valueOf(jwt.getExpiresAt()));
        });
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (request instanceof WebSocketGraphQlRequest socket) {
            WebSocketSessionInfo session = socket.getSessionInfo();
            renew(session, request.getExtensions().get("authorization"));
            Caller caller = (Caller) session.getAttributes().get(CALLER);
            Instant expiresAt = (Instant) session.getAttributes().get(EXPIRES_AT);
            if (caller != null && expiresAt != null && clock.instant().isBefore(expiresAt)) {
                request.configureExecutionInput((input, builder) -> builder.graphQLContext(
                        Map.of(CallerArguments.CONTEXT_KEY, caller, CallerArguments.SESSION_KEY, session.getId())).build());
            }
        }
        return chain.next(request);
    }

    @Override
    public void handleConnectionClosed(WebSocketSessionInfo session, int statusCode, Map<String, Object> payload) {
        if (session.getAttributes().remove(CALLER) instanceof Caller caller) {
            openPerCaller.computeIfPresent(caller.budgetKey(), (key, open) -> open.decrementAndGet() <= 0 ? null : open);
        }
        if (session.getAttributes().remove(CLOSING) instanceof ScheduledFuture<?> closing) {
            closing.cancel(false);
        }
    }

    /** A newer token of the same caller keeps the connection open until it expires; anything else changes nothing. */
    private void renew(WebSocketSessionInfo session, Object authorization) {
        if (authorization == null || !(session.getAttributes().get(CALLER) instanceof Caller current)) {
            return;
        }
        try {
            Jwt jwt = decode(authorization);
            Caller renewed = Callers.of(jwt);
            if (renewed.subject().equals(current.subject()) && Objects.equals(renewed.partnerId(), current.partnerId())) {
                session.getAttributes().put(CALLER, renewed);
                expireAt(session, jwt.getExpiresAt());
            }
        } catch (RuntimeException refused) {
            // A bad renewal leaves the connection as it was, closing when its token expires.
        }
    }

    private void expireAt(WebSocketSessionInfo session, Instant expiresAt) {
        Instant at = expiresAt == null ? clock.instant() : expiresAt;
        session.getAttributes().put(EXPIRES_AT, at);
        long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
        ScheduledFuture<?> closing = expiries.schedule(() -> connections.close(session.getId(), LiveConnections.TOKEN_EXPIRED),
                delay, TimeUnit.MILLISECONDS);
        if (session.getAttributes().put(CLOSING, closing) instanceof ScheduledFuture<?> earlier) {
            earlier.cancel(false);
        }
    }

    private Jwt decode(Object authorization) {
        if (!(authorization instanceof String header) || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new IllegalStateException("connection_init needs {\"Authorization\": \"Bearer <access token>\"}");
        }
        try {
            return tokens.decode(header.substring(7).strip());
        } catch (JwtException invalid) {
            throw new IllegalStateException("invalid access token");
        }
    }

    @Override
    public void destroy() {
        expiries.shutdownNow();
    }
}
