package io.canale.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bodies sent without a length (chunked) are counted as they are read, on every endpoint: over the limit they get
 * 413 and no handler sees them; within it they work as before, form fields included.
 */
class RequestBodyLimitTests extends IntegrationTestBase {

    static final int LIMIT = 2 * 1024 * 1024;
    static final String CREATE = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } "
            + "userErrors { field code message } } }";

    @Test
    void a_chunked_graphql_request_over_the_limit_gets_413_and_stores_nothing() {
        String email = "chunked-" + UUID.randomUUID() + "@example.com";
        String token = tokenFor("dealer-system");
        HttpResponse<String> refused = chunked("/graphql", "application/json", token, padded(createLead(email), LIMIT + 1));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(Http.json(refused).at("/errors/0/code").asString()).isEqualTo("TOO_LONG");
        assertThat(Http.json(refused).at("/errors/0/message").asString()).contains(String.valueOf(LIMIT));
        assertThat(leadEmails()).doesNotContain(email);
    }

    @Test
    void a_chunked_graphql_request_within_the_limit_is_answered() {
        String email = "chunked-ok-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> answered = chunked("/graphql", "application/json", tokenFor("dealer-system"),
                padded(createLead(email), LIMIT - 100));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(Http.json(answered).at("/data/createLead/lead/id").asString()).isNotBlank();
        assertThat(leadEmails()).contains(email);
    }

    @Test
    void a_chunked_web_form_post_over_the_limit_gets_413_and_stores_nothing() {
        String email = "chunked-web-" + UUID.randomUUID() + "@example.com";
        String json = Http.JSON.writeValueAsString(Map.of("name", "Chunk", "email", email, "country", "IT"));
        // Just over the limit: the server refuses it all the same, and the rest is small enough for Tomcat to read
        // away, so the client reliably gets the answer (with megabytes still unsent, the closed connection may reach
        // the client before the answer does).
        HttpResponse<String> refused = chunked("/capture/leads", "application/json", null, padded(json, LIMIT + 64 * 1024),
                "10.98.0.1");
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(Http.json(refused).at("/errors/0/code").asString()).isEqualTo("TOO_LONG");
        String form = "name=Chunk&country=IT&email=" + email + "&message=" + "x".repeat(LIMIT);
        HttpResponse<String> refusedForm = chunked("/capture/leads", "application/x-www-form-urlencoded", null,
                new ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8)), "10.98.0.1");
        assertThat(refusedForm.statusCode()).isEqualTo(413);
        assertThat(leadEmails()).doesNotContain(email);
    }

    @Test
    void a_chunked_web_form_post_within_the_limit_is_read_as_before() {
        String email = "chunked-form-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> accepted = chunked("/capture/leads", "application/x-www-form-urlencoded", null,
                new ByteArrayInputStream(("name=Chunk+Form&country=IT&message=Ciao%20%C3%A8&email=" + email)
                        .getBytes(StandardCharsets.UTF_8)), "10.98.0.2");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(leadEmails()).contains(email);
    }

    @Test
    void the_authorization_servers_form_posts_are_counted_too() {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("dealer-system:" + Http.DEMO_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = chunked("/oauth2/token", "application/x-www-form-urlencoded", null,
                new ByteArrayInputStream("grant_type=client_credentials".getBytes(StandardCharsets.UTF_8)), null,
                Map.of("Authorization", basic));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        assertThat(Http.json(token).path("access_token").asString()).isNotBlank();
        HttpResponse<String> refused = chunked("/oauth2/token", "application/x-www-form-urlencoded", null,
                new ByteArrayInputStream(("grant_type=client_credentials&pad=" + "x".repeat(LIMIT))
                        .getBytes(StandardCharsets.UTF_8)), null, Map.of("Authorization", basic));
        assertThat(refused.statusCode()).isEqualTo(413);
    }

    private static String createLead(String email) {
        return Http.JSON.writeValueAsString(Map.of("query", CREATE, "variables", Map.of("input", Map.of(
                "contact", Map.of("name", "Chunked Caller", "email", email), "address", Map.of("country", "IT")))));
    }

    /** The JSON document followed by white space up to {@code size} bytes: valid JSON, generated as it is sent. */
    private static InputStream padded(String json, long size) {
        byte[] document = json.getBytes(StandardCharsets.UTF_8);
        long spaces = size - document.length;
        InputStream padding = new InputStream() {
            long left = spaces;

            @Override
            public int read() {
                return left-- > 0 ? ' ' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) ' ');
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(new ByteArrayInputStream(document), padding);
    }

    private HttpResponse<String> chunked(String path, String contentType, String token, InputStream body) {
        return chunked(path, contentType, token, body, null);
    }

    private HttpResponse<String> chunked(String path, String contentType, String token, InputStream body,
            String clientAddress) {
        return chunked(path, contentType, token, body, clientAddress, Map.of());
    }

    /** A POST whose body has no declared length: the client sends it chunked. */
    private HttpResponse<String> chunked(String path, String contentType, String token, InputStream body,
            String clientAddress, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + path))
                .header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
        headers.forEach(request::header);
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception ex) {
            throw new IllegalStateException("no answer to the chunked POST " + path, ex);
        }
    }

    private String leadEmails() {
        JsonNode leads = http.graphql(tokenFor("staff@canale.demo"), "{ leads(first: 100) { edges { node { contact { email } } } } }");
        return leads.toString();
    }
}
