package io.canale.webhook;

import io.canale.security.Actions;
import io.canale.security.Caller;
import io.canale.shared.Payloads;
import io.canale.shared.UserError;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Webhook endpoints in the API. */
@Controller
class WebhookController {

    record RegisterWebhookEndpointInput(String url, List<String> recordTypes, String description) {
    }

    record WebhookEndpointInput(String id) {
    }

    record ReplayWebhookDeliveriesInput(String id, String fromSequence) {
    }

    record WebhookEndpointSecretPayload(WebhookEndpoint webhookEndpoint, String secret, List<UserError> userErrors) {
    }

    record WebhookEndpointPayload(WebhookEndpoint webhookEndpoint, List<UserError> userErrors) {
    }

    private final WebhookEndpoints endpoints;
    private final Clock clock;

    WebhookController(WebhookEndpoints endpoints, Clock clock) {
        this.endpoints = endpoints;
        this.clock = clock;
    }

    @QueryMapping
    List<WebhookEndpoint> webhookEndpoints(@Argument String partnerId, Caller caller) {
        return endpoints.list(caller, partnerId);
    }

    @QueryMapping
    WebhookEndpoint webhookEndpoint(@Argument String id, Caller caller) {
        return endpoints.find(caller, id).orElse(null);
    }

    @MutationMapping
    WebhookEndpointSecretPayload registerWebhookEndpoint(@Argument RegisterWebhookEndpointInput input, Caller caller) {
        return Payloads.run(() -> endpoints.register(caller, input.url(), input.recordTypes(), input.description()),
                created -> new WebhookEndpointSecretPayload(created.endpoint(), created.secret(), List.of()),
                errors -> new WebhookEndpointSecretPayload(null, null, errors));
    }

    @MutationMapping
    WebhookEndpointSecretPayload rotateWebhookSecret(@Argument WebhookEndpointInput input, Caller caller) {
        return Payloads.run(() -> endpoints.rotateSecret(caller, input.id()),
                rotated -> new WebhookEndpointSecretPayload(rotated.endpoint(), rotated.secret(), List.of()),
                errors -> new WebhookEndpointSecretPayload(null, null, errors));
    }

    @MutationMapping
    WebhookEndpointPayload disableWebhookEndpoint(@Argument WebhookEndpointInput input, Caller caller) {
        return payload(() -> endpoints.disable(caller, input.id()));
    }

    @MutationMapping
    WebhookEndpointPayload enableWebhookEndpoint(@Argument WebhookEndpointInput input, Caller caller) {
        return payload(() -> endpoints.enable(caller, input.id()));
    }

    @MutationMapping
    WebhookEndpointPayload deleteWebhookEndpoint(@Argument WebhookEndpointInput input, Caller caller) {
        return payload(() -> endpoints.delete(caller, input.id()));
    }

    @MutationMapping
    WebhookEndpointPayload replayWebhookDeliveries(@Argument ReplayWebhookDeliveriesInput input, Caller caller) {
        return payload(() -> endpoints.replay(caller, input.id(), input.fromSequence()));
    }

    private static WebhookEndpointPayload payload(java.util.function.Supplier<WebhookEndpoint> mutation) {
        return Payloads.run(mutation, endpoint -> new WebhookEndpointPayload(endpoint, List.of()),
                errors -> new WebhookEndpointPayload(null, errors));
    }

    @SchemaMapping(typeName = "WebhookEndpoint", field = "deliveredThrough")
    String deliveredThrough(WebhookEndpoint endpoint) {
        return Long.toString(endpoint.cursor());
    }

    @SchemaMapping(typeName = "WebhookEndpoint", field = "nextAttemptAt")
    Instant nextAttemptAt(WebhookEndpoint endpoint) {
        return endpoint.status() == WebhookEndpoint.Status.ACTIVE ? endpoint.nextAttemptAt() : null;
    }

    @SchemaMapping(typeName = "WebhookEndpoint", field = "previousSecretExpiresAt")
    Instant previousSecretExpiresAt(WebhookEndpoint endpoint) {
        return endpoint.previousSecretExpiresAt(clock.instant());
    }

    @SchemaMapping(typeName = "WebhookEndpoint", field = "viewerCan")
    Actions.WebhookEndpoint viewerCan(WebhookEndpoint endpoint, Caller caller) {
        return endpoints.actions(caller, endpoint);
    }

    @SchemaMapping(typeName = "WebhookEndpoint", field = "deliveries")
    List<WebhookEndpoint.Attempt> deliveries(WebhookEndpoint endpoint) {
        return endpoint.deliveries() == null ? List.of() : endpoint.deliveries().reversed();
    }
}
