package io.canale.webhook;

import io.canale.security.Facts;
import io.canale.security.StoredCaller;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A partner's webhook endpoint and its delivery state, in one document: its cursor into the change feed (the last
 * sequence done with), the failures in a row at the change after it, when to try again, a node's claim (lease), and
 * the last attempts. Every write checks and increments {@code version}, so a delivery's progress and an admin's change
 * cannot overwrite each other.
 *
 * @param reader who reads the feed for it: its registrant with read scopes only
 * @param secrets sealed signing secrets; the current one without {@code expiresAt}, replaced ones until it
 */
@Document("webhook_endpoints")
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "by_partner", def = "{'partnerId': 1, 'createdAt': 1, '_id': 1}")
record WebhookEndpoint(@Id String id, String partnerId, StoredCaller reader, String url, String description,
        List<String> recordTypes, Status status, List<Secret> secrets, long cursor, int failures, Instant nextAttemptAt,
        String claimedBy, Instant leaseUntil, List<Attempt> deliveries, Instant createdAt, String createdBy, long version) {

    enum Status {
        /** Receives changes. */
        ACTIVE,
        /** Stopped by an admin; the cursor stays, so enabling it again resumes where it stopped. */
        DISABLED,
        /** Stopped after {@code canale.webhooks.max-attempts} failed attempts at one change (dead letter). */
        FAILING
    }

    record Secret(String sealed, Instant createdAt, Instant expiresAt) {
    }

    /** One delivery attempt: the change, when, the HTTP status or the error, and how long it took. */
    record Attempt(String sequence, Instant at, int attempt, Integer statusCode, String error, long durationMillis,
            boolean succeeded) {
    }

    Facts.WebhookEndpoint facts() {
        return new Facts.WebhookEndpoint(partnerId, status == Status.ACTIVE, status == Status.DISABLED);
    }

    /** When the replaced secret still signing stops; null when there is none. */
    Instant previousSecretExpiresAt(Instant now) {
        return secrets.stream().map(Secret::expiresAt).filter(at -> at != null && at.isAfter(now)).max(Instant::compareTo)
                .orElse(null);
    }
}
