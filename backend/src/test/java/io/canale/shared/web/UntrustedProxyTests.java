package io.canale.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With no trusted proxy configured (the default), a client cannot choose its own address with
 * {@code X-Forwarded-For}: every request of a flood counts against the address it really comes from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"canale.embedded.in-memory=true", "canale.leads.web-capture-per-minute=2"})
class UntrustedProxyTests {

    @LocalServerPort
    int port;

    @Test
    void a_forged_forwarded_address_does_not_escape_the_web_form_limit() throws IOException, InterruptedException {
        int[] statuses = new int[3];
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = submit("198.51.100." + (i + 1)).statusCode();
        }
        assertThat(statuses).containsExactly(202, 202, 429);
    }

    private HttpResponse<String> submit(String forgedAddress) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/capture/leads"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", forgedAddress)
                        .POST(HttpRequest.BodyPublishers.ofString("name=Flood&phone=%2B39021234567&country=IT")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
