package io.canale.portal.webhook;

import io.canale.portal.api.RecordType;
import io.canale.portal.api.SchemaType;
import java.time.Instant;
import java.util.List;

/**
 * The API's {@code WebhookEndpoint}: where a partner's changes are POSTed, how far deliveries got, and the last attempts
 * (newest first). What a document does not ask for reads as null.
 *
 * @param deliveredThrough the sequence of the last change it is done with, a decimal number as text
 * @param failures failed attempts in a row at the next change
 */
@SchemaType
record WebhookEndpoint(String id, String url, String description, List<RecordType> recordTypes, Status status,
        String deliveredThrough, Integer failures, Instant nextAttemptAt, Instant previousSecretExpiresAt,
        List<Delivery> deliveries, Instant createdAt, Actions viewerCan) {

    WebhookEndpoint {
        recordTypes = recordTypes == null ? List.of() : List.copyOf(recordTypes);
        deliveries = deliveries == null ? List.of() : List.copyOf(deliveries);
        viewerCan = viewerCan == null ? Actions.NONE : viewerCan;
    }

    @SchemaType("WebhookEndpointStatus")
    enum Status {
        ACTIVE, DISABLED, FAILING
    }

    /** One attempt at delivering a change: the API's {@code WebhookDelivery}. */
    @SchemaType("WebhookDelivery")
    record Delivery(String sequence, Instant at, int attempt, Integer statusCode, String error, int durationMillis,
            boolean succeeded) {
    }

    /** What the caller may do with the endpoint now, as the access policy decided. */
    @SchemaType("WebhookEndpointActions")
    record Actions(boolean rotateSecret, boolean disable, boolean enable, boolean delete, boolean replay) {

        /** Nothing allowed: an endpoint read without its {@code viewerCan}. */
        static final Actions NONE = new Actions(false, false, false, false, false);
    }
}
