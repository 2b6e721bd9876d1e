package io.canale.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * Talks to a running backend the way its clients do: OAuth flows over HTTP for real tokens, and GraphQL
 * over HTTP. No shortcuts through the application context.
 */
public final class Http {

    public static final String ISSUER = "http://canale.test";
    public static final String DEMO_PASSWORD = "canale-demo";
    public static final String DEMO_SECRET = "canale-demo-secret";
    public static final String PORTAL = "canale-portal";
    public static final String PORTAL_SECRET = "canale-portal-demo-secret";
    public static final String PORTAL_REDIRECT = "http://127.0.0.1:8081/login/oauth2/code/canale";
    public static final String PORTAL_SCOPES = "openid profile partners:read partners:admin org:admin leads:read "
            + "leads:write orders:read orders:write stock:read stock:write service:read service:write "
            + "incentives:read incentives:write incentives:admin catalog:write";

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Http(String base) {
        this.base = base;
    }

    public static Http forPort(int port) {
        return new Http("http://localhost:" + port);
    }

    public String base() {
        return base;
    }

    // ---- tokens ------------------------------------------------------------------------------------

    /** An access token for a partner system, by client credentials. */
    public String clientToken(String clientId) {
        return clientToken(clientId, DEMO_SECRET, null).path("access_token").asString();
    }

    /** The raw token response of a client-credentials request; {@code scope} may be null. */
    public JsonNode clientToken(String clientId, String secret, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        if (scope != null) {
            form.put("scope", scope);
        }
        return json(post("/oauth2/token", form, clientId, secret));
    }

    /** An access token for a person, by the portal's authorization code flow with PKCE. */
    public String userToken(String email) {
        return userTokens(email, DEMO_PASSWORD).path("access_token").asString();
    }

    /** The token response (access, refresh and ID token) of a full authorization-code + PKCE sign-in. */
    public JsonNode userTokens(String email, String password) {
        String code = authorizationCode(email, password, pkce("verifier-" + UUID.randomUUID()));
        return json(post("/oauth2/token", Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", PORTAL_REDIRECT, "code_verifier", lastVerifier), PORTAL, PORTAL_SECRET));
    }

    private String lastVerifier;

    private String pkce(String verifier) {
        lastVerifier = verifier;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Signs in through the login page in a fresh browser-like session and returns the authorization code. */
    public String authorizationCode(String email, String password, String challenge) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String authorize = "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", PORTAL,
                "redirect_uri", PORTAL_REDIRECT, "scope", PORTAL_SCOPES, "state", "s-" + UUID.randomUUID(),
                "code_challenge", challenge, "code_challenge_method", "S256"));
        HttpResponse<String> toLogin = send(browser, get(authorize));
        expectRedirect(toLogin, "/login");
        HttpResponse<String> loginPage = send(browser, get("/login"));
        Matcher csrf = CSRF.matcher(loginPage.body());
        if (!csrf.find()) {
            throw new AssertionError("login page without CSRF token: " + loginPage.body());
        }
        HttpResponse<String> loggedIn = send(browser, HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", email, "password", password,
                        "_csrf", csrf.group(1))))).build());
        String next = location(loggedIn);
        if (next.contains("error")) {
            throw new AssertionError("sign-in refused for " + email);
        }
        HttpResponse<String> withCode = send(browser, HttpRequest.newBuilder(URI.create(next)).GET().build());
        String redirect = location(withCode);
        if (!redirect.startsWith(PORTAL_REDIRECT)) {
            throw new AssertionError("expected a redirect to the portal with a code, got " + redirect);
        }
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(redirect);
        if (!code.find()) {
            throw new AssertionError("no code in " + redirect);
        }
        return java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8);
    }

    /** Loads a page in a fresh browser-like session, then posts a form to it with the page's CSRF token. */
    public HttpResponse<String> formWithSession(String postPath, String pagePath, Map<String, String> fields) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher csrf = CSRF.matcher(send(browser, get(pagePath)).body());
        if (!csrf.find()) {
            throw new AssertionError("page without CSRF token: " + pagePath);
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrf.group(1));
        return send(browser, HttpRequest.newBuilder(URI.create(base + postPath))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
    }

    // ---- GraphQL -----------------------------------------------------------------------------------

    /**
     * Posts a GraphQL request that must succeed and returns the whole JSON answer. Fails unless HTTP 200 with
     * {@code data} and without a single entry in {@code errors}: an error never passes for "no data".
     */
    public JsonNode graphql(String token, String query, Map<String, ?> variables) {
        JsonNode json = answer(token, query, variables);
        if (hasErrors(json)) {
            throw new AssertionError("unexpected GraphQL errors " + json.path("errors") + "\n  for " + query
                    + "\n  with " + variables);
        }
        if (!json.path("data").isObject()) {
            throw new AssertionError("no data in " + json + "\n  for " + query);
        }
        return json;
    }

    public JsonNode graphql(String token, String query) {
        return graphql(token, query, Map.of());
    }

    /** Posts a GraphQL request that must fail and returns its {@code errors}; fails if there are none. */
    public JsonNode graphqlErrors(String token, String query, Map<String, ?> variables) {
        JsonNode json = answer(token, query, variables);
        if (!hasErrors(json)) {
            throw new AssertionError("expected GraphQL errors, got " + json + "\n  for " + query);
        }
        return json.path("errors");
    }

    public JsonNode graphqlErrors(String token, String query) {
        return graphqlErrors(token, query, Map.of());
    }

    /**
     * Posts a GraphQL request that must be refused with {@code extensions.code} {@code code} on every error and
     * no data at all (each field of {@code data} null); returns the errors.
     */
    public JsonNode expectError(String code, String token, String query, Map<String, ?> variables) {
        JsonNode json = answer(token, query, variables);
        JsonNode errors = json.path("errors");
        if (!hasErrors(json)) {
            throw new AssertionError("expected a " + code + " error, got " + json + "\n  for " + query);
        }
        errors.forEach(error -> {
            if (!code.equals(error.at("/extensions/code").asString(""))) {
                throw new AssertionError("expected only " + code + " errors, got " + errors + "\n  for " + query);
            }
        });
        json.path("data").values().forEach(field -> {
            if (!field.isNull()) {
                throw new AssertionError("a " + code + " error came with data " + json.path("data") + "\n  for " + query);
            }
        });
        return errors;
    }

    public JsonNode expectError(String code, String token, String query) {
        return expectError(code, token, query, Map.of());
    }

    /**
     * Runs a mutation that must succeed and returns its payload, the one field under {@code data}. Fails on any
     * GraphQL error, on any entry in the payload's {@code userErrors}, or if the document does not select them.
     */
    public JsonNode payload(String token, String mutation, Map<String, ?> variables) {
        JsonNode payload = onlyField(graphql(token, mutation, variables));
        if (!payload.path("userErrors").isArray()) {
            throw new AssertionError("select userErrors to check a mutation succeeded, in " + mutation);
        }
        if (!payload.path("userErrors").isEmpty()) {
            throw new AssertionError("unexpected userErrors " + payload.path("userErrors") + "\n  for " + mutation
                    + "\n  with " + variables);
        }
        return payload;
    }

    /** Runs a mutation that must be refused and returns its payload's {@code userErrors}; fails if there are none. */
    public JsonNode userErrors(String token, String mutation, Map<String, ?> variables) {
        JsonNode payload = onlyField(graphql(token, mutation, variables));
        JsonNode userErrors = payload.path("userErrors");
        if (!userErrors.isArray() || userErrors.isEmpty()) {
            throw new AssertionError("expected userErrors, got " + payload + "\n  for " + mutation);
        }
        return userErrors;
    }

    private JsonNode answer(String token, String query, Map<String, ?> variables) {
        HttpResponse<String> response = graphqlRaw(token, query, variables, "application/json");
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return json(response);
    }

    private static boolean hasErrors(JsonNode json) {
        return !json.path("errors").isMissingNode() && !json.path("errors").isEmpty();
    }

    private static JsonNode onlyField(JsonNode json) {
        JsonNode data = json.path("data");
        if (data.size() != 1 || data.values().iterator().next().isNull()) {
            throw new AssertionError("expected one payload under data, got " + data);
        }
        return data.values().iterator().next();
    }

    public HttpResponse<String> graphqlRaw(String token, String query, Map<String, ?> variables, String accept) {
        return graphqlRaw(token, query, variables, accept, "en");
    }

    /** A GraphQL request in a language, as the portal sends it ({@code Accept-Language}). */
    public HttpResponse<String> graphqlRaw(String token, String query, Map<String, ?> variables, String accept, String language) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Content-Type", "application/json").header("Accept", accept).header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(client, request.build());
    }

    public HttpResponse<String> postJson(String path, String token, String body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(client, request.build());
    }

    /** A multipart/form-data POST with one file part named {@code file}, as the import endpoints take. */
    public HttpResponse<String> upload(String pathAndQuery, String token, String fileName, byte[] content) {
        String boundary = "canale-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(client, request.build());
    }

    public HttpResponse<String> get(String path, String token, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(client, request.build());
    }

    /**
     * Any request, as raw as a hostile client sends it: method, path with query, optional token, body bytes
     * with their content type (none when null or empty) and extra headers.
     */
    public HttpResponse<String> exchange(String method, String pathAndQuery, String token, String contentType,
            byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null && !contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return send(client, request.build());
    }

    // ---- plumbing ----------------------------------------------------------------------------------

    public HttpResponse<String> post(String path, Map<String, String> form, String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(client, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build();
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("expected a redirect, got HTTP " + response.statusCode()));
    }

    private void expectRedirect(HttpResponse<String> response, String pathPart) {
        String location = location(response);
        if (!location.contains(pathPart)) {
            throw new AssertionError("expected a redirect to " + pathPart + ", got " + location);
        }
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException("no complete answer to " + request.method() + " " + request.uri().getPath(), ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
