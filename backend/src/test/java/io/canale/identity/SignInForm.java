package io.canale.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser on the sign-in pages that may pose as any client address (tests trust the loopback proxy, so
 * {@code X-Forwarded-For} names the client) and keeps its cookies between steps.
 */
final class SignInForm {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final String clientAddress;
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    SignInForm(String base, String clientAddress) {
        this.base = base;
        this.clientAddress = clientAddress;
    }

    /** One attempt in a fresh browser: where the form sends the browser next (e.g. {@code /login?error}). */
    static String attempt(String base, String clientAddress, String email, String password) {
        return new SignInForm(base, clientAddress).signIn(email, password);
    }

    String signIn(String email, String password) {
        return location(post("/login", "/login", Map.of("username", email, "password", password)));
    }

    /** Loads {@code pagePath}, then posts {@code fields} with the page's CSRF token to {@code postPath}. */
    HttpResponse<String> post(String postPath, String pagePath, Map<String, String> fields) {
        Matcher csrf = CSRF.matcher(get(pagePath).body());
        if (!csrf.find()) {
            throw new AssertionError("page without CSRF token: " + pagePath);
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrf.group(1));
        return send(request(postPath).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&")))).build());
    }

    HttpResponse<String> get(String pathOrUrl) {
        return send(request(pathOrUrl).header("Accept", "text/html").GET().build());
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("expected a redirect, got HTTP " + response.statusCode()
                        + ": " + response.body()));
    }

    private HttpRequest.Builder request(String pathOrUrl) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
        return HttpRequest.newBuilder(URI.create(url)).header("X-Forwarded-For", clientAddress);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
