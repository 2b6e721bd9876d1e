package io.canale.portal.webhook;

import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.util.List;

/** The answers of the webhook mutations. */
final class WebhookPayloads {

    private WebhookPayloads() {
    }

    /** An endpoint with its signing secret, shown only this once. */
    @SchemaType("WebhookEndpointSecretPayload")
    record WithSecret(WebhookEndpoint webhookEndpoint, String secret, List<UserError> userErrors) implements Payload {
    }

    @SchemaType("WebhookEndpointPayload")
    record EndpointChange(WebhookEndpoint webhookEndpoint, List<UserError> userErrors) implements Payload {
    }
}
