package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API as one signed-in person sees it, for browser tests that compare a screen with the API's answer: a token
 * from the same sign-in the portal does (authorization code with PKCE, as the portal client, at the backend's login
 * page), then GraphQL calls with it that fail on any error.
 */
final class PersonApi {

    private static final String CLIENT = "canale-portal";
    private static final String SECRET = "canale-portal-demo-secret";
    private static final String SCOPES = "openid profile partners:read partners:admin org:admin leads:read leads:write "
            + "orders:read orders:write stock:read stock:write service:read service:write incentives:read incentives:write incentives:admin catalog:write";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.shared();

    private final String backend;
    private final String token;

    private PersonApi(String backend, String token) {
        this.backend = backend;
        this.token = token;
    }

    /** Signs the person in at the backend, as the portal at {@code portal} would, and keeps the access token. */
    static PersonApi signIn(String backend, String portal, String email, String password) {
        String redirect = portal + "/login/oauth2/code/canale";
        String verifier = "verifier-" + UUID.randomUUID();
        HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String authorize = backend + "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", CLIENT,
                "redirect_uri", redirect, "scope", SCOPES, "state", "s-" + UUID.randomUUID(),
                "code_challenge", challenge(verifier), "code_challenge_method", "S256"));
        send(session, HttpRequest.newBuilder(URI.create(authorize)).GET().build());
        String loginPage = send(session, HttpRequest.newBuilder(URI.create(backend + "/login")).GET().build()).body();
        Matcher csrf = CSRF.matcher(loginPage);
        assertThat(csrf.find()).as("the login page has a CSRF token").isTrue();
        HttpResponse<String> signedIn = send(session, HttpRequest.newBuilder(URI.create(backend + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", email, "password", password, "_csrf", csrf.group(1)))))
                .build());
        String next = signedIn.headers().firstValue("Location").orElseThrow();
        assertThat(next).as("signed in").doesNotContain("error");
        String withCode = send(session, HttpRequest.newBuilder(URI.create(next.startsWith("http") ? next : backend + next)).GET().build())
                .headers().firstValue("Location").orElseThrow();
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(withCode);
        assertThat(code.find()).as("a code in %s", withCode).isTrue();
        String basic = Base64.getEncoder().encodeToString((CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> tokens = send(session, HttpRequest.newBuilder(URI.create(backend + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "code", URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), "redirect_uri", redirect,
                        "code_verifier", verifier))))
                .build());
        assertThat(tokens.statusCode()).as("token answer %s", tokens.body()).isEqualTo(200);
        return new PersonApi(backend, JSON.readTree(tokens.body()).path("access_token").asString());
    }

    /** The answer's data; fails on any GraphQL error. */
    JsonNode data(String query, Map<String, ?> variables) {
        String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        HttpResponse<String> response = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(backend + "/graphql"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as("%s answered %s", query, response.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("errors").isMissingNode()).as("errors of %s: %s", query, response.body()).isTrue();
        return answer.path("data");
    }

    JsonNode data(String query) {
        return data(query, Map.of());
    }

    /** Posts one file as the multipart field {@code file} to a backend path (e.g. a fund request's evidence); fails unless 2xx. */
    JsonNode upload(String path, String fileName, String contentType, byte[] content) {
        String boundary = "canale-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpResponse<String> response = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(backend + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertThat(response.statusCode() / 100).as("%s answered %s", path, response.body()).isEqualTo(2);
        return JSON.readTree(response.body());
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String form(Map<String, String> fields) {
        return new LinkedHashMap<>(fields).entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(HttpRequest.newBuilder(request, (name, value) -> true).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
