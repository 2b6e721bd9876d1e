package io.canale.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The webhook settings ({@code canale.webhooks.*}).
 *
 * @param allowedHosts hosts (as written in endpoint URLs, e.g. {@code hooks.internal} or {@code 10.0.0.7}) that may
 *        be reached although they resolve to private, loopback or link-local addresses, and over plain http; none by
 *        default
 * @param maxAttempts attempts at delivering one change before the endpoint is set FAILING and stops
 * @param connectTimeout how long connecting to an endpoint may take
 * @param readTimeout how long an endpoint may take to answer a delivery
 * @param workers how many endpoints this node delivers to at the same time (each on a virtual thread)
 * @param pollInterval how often this node looks for endpoints with changes to deliver
 * @param lease how long a node's claim of an endpoint lasts without progress before another node may take it over
 * @param batch how many feed entries one claim looks at
 * @param deliveryLog how many delivery attempts each endpoint's log keeps
 * @param secretOverlap how long a replaced signing secret keeps signing alongside the new one
 * @param endpointsPerPartner how many endpoints one partner may register
 * @param progressInterval how often at most a worker stores an endpoint's progress (cursor, delivery log, lease) while it
 *        delivers a batch; also stored at the batch's end and with every failure. After a crash the changes sent since are
 *        delivered again (receivers deduplicate by {@code webhook-id}); 0 stores after every delivery
 */
@ConfigurationProperties("canale.webhooks")
record WebhookProperties(List<String> allowedHosts, Integer maxAttempts, Duration connectTimeout, Duration readTimeout,
        Integer workers, Duration pollInterval, Duration lease, Integer batch, Integer deliveryLog, Duration secretOverlap,
        Integer endpointsPerPartner, Duration progressInterval) {

    WebhookProperties {
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        maxAttempts = maxAttempts == null ? 10 : maxAttempts;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        workers = workers == null ? 16 : workers;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        batch = batch == null ? 100 : batch;
        deliveryLog = deliveryLog == null ? 50 : deliveryLog;
        secretOverlap = secretOverlap == null ? Duration.ofHours(24) : secretOverlap;
        endpointsPerPartner = endpointsPerPartner == null ? 10 : endpointsPerPartner;
        progressInterval = progressInterval == null ? Duration.ofSeconds(1) : progressInterval;
    }

    Set<String> allowedHostNames() {
        return allowedHosts.stream().map(host -> host.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
