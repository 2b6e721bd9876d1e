package io.canale.shared.graphql;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open GraphQL WebSocket connections of this node, by session id, so that a connection can be closed from outside
 * the protocol handler: when the token it was opened with expires ({@code io.canale.security.WebSocketCallers}).
 * Replaces Spring Boot's handler with the same one that also keeps this registry.
 */
@Configuration(proxyBeanMethods = false)
public class LiveConnections {

    /** 4401: the code graphql-transport-ws uses for "unauthorized". */
    public static final CloseStatus TOKEN_EXPIRED = new CloseStatus(4401, "Token expired");

    private static final Logger log = LoggerFactory.getLogger(LiveConnections.class);

    private final Map<String, WebSocketSession> sessions = new ConcurrentHashMap<>();

    @Bean
    GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, GraphQlProperties properties, JsonMapper json) {
        GraphQlProperties.Websocket websocket = properties.getWebsocket();
        Duration keepAlive = websocket.getKeepAlive();
        return new GraphQlWebSocketHandler(handler, new JacksonJsonHttpMessageConverter(json), websocket.getConnectionInitTimeout(),
                keepAlive) {

            @Override
            public void afterConnectionEstablished(WebSocketSession session) {
                sessions.put(session.getId(), session);
                super.afterConnectionEstablished(session);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
                sessions.remove(session.getId());
                super.afterConnectionClosed(session, status);
            }
        };
    }

    /** Closes the connection, if it is still open on this node. */
    public void close(String sessionId, CloseStatus status) {
        WebSocketSession session = sessions.get(sessionId);
        if (session != null && session.isOpen()) {
            try {
                session.close(status);
            } catch (IOException ex) {
                log.debug("Closing WebSocket {} failed: {}", sessionId, ex.toString());
            }
        }
    }

    public int open() {
        return sessions.size();
    }
}
