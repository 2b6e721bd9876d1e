package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A demo partner's own system calling the backend's API beside the browser (client credentials), as the second party
 * of a live test: what it changes must reach the page open in the browser.
 */
final class PartnerSystemApi {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final String backend;
    private final String token;

    private PartnerSystemApi(String backend, String token) {
        this.backend = backend;
        this.token = token;
    }

    /** Signs in as the demo client, e.g. {@code dealer-system} (Rossi Auto) or {@code supplier-system} (Ferri). */
    static PartnerSystemApi as(String clientId, int backendPort) {
        String backend = "http://localhost:" + backendPort;
        String credentials = Base64.getEncoder().encodeToString((clientId + ":canale-demo-secret").getBytes(StandardCharsets.UTF_8));
        JsonNode token = post(HttpRequest.newBuilder(URI.create(backend + "/oauth2/token"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        return new PartnerSystemApi(backend, token.path("access_token").asString());
    }

    /** Submits an order ({@code SubmitOrderInput}) and answers the payload with the ids of the orders it made. */
    JsonNode submitOrder(Map<String, Object> input) {
        return mutate("submitOrder",
                "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { orders { id } userErrors { field message } } }", input);
    }

    /** Runs a mutation and answers its payload (the field {@code field} of {@code data}), failing on any error. */
    JsonNode mutate(String field, String mutation, Map<String, Object> input) {
        String request = JSON.writeValueAsString(Map.of("query", mutation, "variables", Map.of("input", input)));
        JsonNode answer = post(HttpRequest.newBuilder(URI.create(backend + "/graphql"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request)));
        assertThat(answer.path("errors").isMissingNode()).as("%s answered %s", field, answer).isTrue();
        JsonNode payload = answer.at("/data/" + field);
        assertThat(payload.path("userErrors").isEmpty()).as("%s refused: %s", field, payload).isTrue();
        return payload;
    }

    private static JsonNode post(HttpRequest.Builder request) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s answered %s", response.uri(), response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
