package io.canale.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The public web form: validated, honeypot-protected, rate-limited, and silent about existing data. */
class WebLeadCaptureTests extends IntegrationTestBase {

    @Test
    void a_valid_json_submission_is_accepted_and_becomes_a_routed_lead() {
        String email = "web-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> response = post("application/json", Http.JSON.writeValueAsString(Map.of(
                "name", "Sofia Neri", "email", email, "country", "it", "region", "Lombardia", "message", "Vorrei un preventivo")), "10.0.0.1");
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).isEqualTo("{\"status\":\"received\"}");
        JsonNode leads = http.graphql(tokenFor("staff@canale.demo"), "{ leads(first: 100) { edges { node { source status contact { email } notes } } } }");
        assertThat(leads.at("/data/leads/edges").toString()).contains(email, "WEB_FORM", "Vorrei un preventivo");
    }

    @Test
    void a_form_encoded_submission_with_errors_gets_field_errors() {
        HttpResponse<String> response = post("application/x-www-form-urlencoded", "name=&email=broken&country=IT", "10.0.0.2");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = Http.JSON.readTree(response.body()).path("errors");
        assertThat(errors.toString()).contains("\"field\":\"name\"", "\"field\":\"email\"", "REQUIRED", "INVALID");
    }

    @Test
    void a_honeypot_hit_looks_accepted_but_creates_nothing() {
        String email = "bot-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> response = post("application/x-www-form-urlencoded",
                "name=Bot&email=" + email + "&country=IT&website=http://spam.example", "10.0.0.3");
        assertThat(response.statusCode()).isEqualTo(202);
        String human = "human-" + UUID.randomUUID() + "@example.com";
        assertThat(post("application/x-www-form-urlencoded", "name=Umano&email=" + human + "&country=IT", "10.0.0.3").statusCode())
                .isEqualTo(202);
        JsonNode leads = http.graphql(tokenFor("staff@canale.demo"), "{ leads(first: 100) { edges { node { contact { email } } } } }");
        assertThat(leads.toString()).contains(human).doesNotContain(email);
    }

    @Test
    void too_many_submissions_from_one_address_get_429_with_retry_after() {
        int accepted = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 7; i++) {
            last = post("application/x-www-form-urlencoded", "name=Flood&phone=%2B39021234567&country=IT", "10.0.0.4");
            if (last.statusCode() == 202) {
                accepted++;
            }
        }
        assertThat(accepted).isEqualTo(5);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(post("application/x-www-form-urlencoded", "name=Other&phone=%2B39021234567&country=IT", "10.0.0.5").statusCode())
                .as("other addresses are not affected").isEqualTo(202);
    }

    @Test
    void a_post_over_the_limit_is_refused_with_429_before_its_body_is_read() throws Exception {
        String address = "10.97.0.1";
        for (int i = 0; i < 5; i++) { // canale.leads.web-capture-per-minute in the tests
            assertThat(post("application/json", "{\"name\":\"Flood\",\"phone\":\"+39021234567\",\"country\":\"IT\"}",
                    address).statusCode()).isEqualTo(202);
        }
        // A chunk of 100 MB is announced and only its invalid start is sent: answering at all means the body was
        // neither waited for nor parsed.
        URI base = URI.create(http.base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000); // a guard against a hang, not a timing
            OutputStream out = socket.getOutputStream();
            out.write(("POST /capture/leads HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "X-Forwarded-For: " + address + "\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(100 * 1024 * 1024) + "\r\n{not json at all").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("HTTP/1.1 429");
            List<String> headers = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                headers.add(line.toLowerCase(Locale.ROOT));
            }
            assertThat(headers).anyMatch(header -> header.matches("retry-after: [1-9][0-9]*"));
        }
    }

    /** Posts as if from a client address; the test server trusts X-Forwarded-For only through this header. */
    private HttpResponse<String> post(String contentType, String body, String clientAddress) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.base() + "/capture/leads"))
                    .header("Content-Type", contentType).header("X-Forwarded-For", clientAddress)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
