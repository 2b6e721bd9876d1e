package io.canale.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The live connection goes to the backend's GraphQL path over ws, or wss when the backend is served over https. */
class GraphQlLiveSocketTests {

    @Test
    void the_backends_http_url_becomes_its_websocket_url() {
        assertThat(GraphQlLiveSocket.webSocketUrl("http://localhost:8080/graphql")).hasToString("ws://localhost:8080/graphql");
        assertThat(GraphQlLiveSocket.webSocketUrl("https://api.canale.example/graphql"))
                .hasToString("wss://api.canale.example/graphql");
    }
}
