package io.canale.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.GraphQlSocket;
import io.canale.support.IntegrationTestBase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A WebSocket connection lives as long as its token, unless a newer token of the same caller renews it. */
@TestPropertySource(properties = "canale.auth.access-token-ttl=PT4S")
class ChangeSubscriptionExpiryTests extends IntegrationTestBase {

    @LocalServerPort
    int serverPort;

    @Test
    void the_connection_closes_when_its_token_expires() {
        try (GraphQlSocket socket = GraphQlSocket.connect(serverPort, http.clientToken("dealer-system"))) {
            socket.subscribe(ChangeSubscriptionTests.CHANGES, Map.of("types", List.of("LEAD")));
            assertThat(socket.closeCode(Duration.ofSeconds(20))).isEqualTo(4401);
        }
    }

    @Test
    void a_newer_token_of_the_same_caller_keeps_it_open_until_that_one_expires() throws InterruptedException {
        try (GraphQlSocket socket = GraphQlSocket.connect(serverPort, http.clientToken("dealer-system"))) {
            Thread.sleep(2_000);
            socket.subscribe("{ viewer { areas } }", Map.of(), Map.of("authorization", "Bearer " + http.clientToken("dealer-system")));
            assertThat(socket.closeCode(Duration.ofMillis(3_000))).as("open after the first token expired").isNull();
            assertThat(socket.closeCode(Duration.ofSeconds(15))).isEqualTo(4401);
        }
    }

    @Test
    void another_callers_token_does_not_renew_it() throws InterruptedException {
        try (GraphQlSocket socket = GraphQlSocket.connect(serverPort, http.clientToken("dealer-system"))) {
            Thread.sleep(1_000);
            socket.subscribe("{ viewer { areas } }", Map.of(), Map.of("authorization", "Bearer " + http.clientToken("dealer2-system")));
            assertThat(socket.closeCode(Duration.ofSeconds(20))).isEqualTo(4401);
        }
    }
}
