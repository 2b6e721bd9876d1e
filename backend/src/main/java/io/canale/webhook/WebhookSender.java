package io.canale.webhook;

import io.canale.change.ReadableChanges;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one change to one endpoint: a JSON POST with the Standard Webhooks headers ({@code webhook-id} = the change's
 * sequence, {@code webhook-timestamp}, {@code webhook-signature}), signed anew on every attempt. No redirects, no
 * proxy, bounded connect and answer times; the address is checked again just before ({@link EndpointAddresses}).
 * A 2xx answer is a success; anything else, including a redirect, is a failure.
 */
@Component
class WebhookSender {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_ERROR = 300;

    private final EndpointAddresses addresses;
    private final WebhookProperties properties;
    private final Clock clock;
    private final HttpClient client;

    WebhookSender(EndpointAddresses addresses, WebhookProperties properties, Clock clock) {
        this.addresses = addresses;
        this.properties = properties;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).proxy(HttpClient.Builder.NO_PROXY)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    WebhookEndpoint.Attempt send(String url, List<byte[]> secrets, ReadableChanges.Readable change, int attempt) {
        Instant at = clock.instant();
        String sequence = Long.toString(change.sequence());
        long started = System.nanoTime();
        var refusal = addresses.refusal(url);
        if (refusal.isPresent()) {
            return failed(sequence, at, attempt, null, "refused: the URL " + refusal.get().message(), started);
        }
        String body = JSON.writeValueAsString(change.body());
        long timestamp = at.getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url.strip())).timeout(properties.readTimeout())
                    .header("content-type", "application/json")
                    .header("user-agent", "Canale-Webhooks/1")
                    .header("webhook-id", sequence)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(secrets, sequence, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            boolean ok = status >= 200 && status < 300;
            return new WebhookEndpoint.Attempt(sequence, at, attempt, status, ok ? null : "answered HTTP " + status,
                    millisSince(started), ok);
        } catch (HttpTimeoutException ex) {
            return failed(sequence, at, attempt, null, "timed out", started);
        } catch (IOException | IllegalArgumentException ex) {
            return failed(sequence, at, attempt, null, describe(ex), started);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return failed(sequence, at, attempt, null, "interrupted (the node stopped)", started);
        }
    }

    private static WebhookEndpoint.Attempt failed(String sequence, Instant at, int attempt, Integer status, String error,
            long started) {
        return new WebhookEndpoint.Attempt(sequence, at, attempt, status, error, millisSince(started), false);
    }

    private static String describe(Exception ex) {
        String text = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
