package io.canale.portal.webhook;

import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.api.Partner;
import io.canale.portal.api.RecordType;
import io.canale.portal.webhook.WebhookInputs.RegisterWebhookEndpointInput;
import io.canale.portal.webhook.WebhookInputs.ReplayWebhookDeliveriesInput;
import io.canale.portal.webhook.WebhookInputs.WebhookEndpointInput;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The webhook screens' calls to the API; documents under {@code webhook/}. */
@Component
class WebhookApi {

    private static final ParameterizedTypeReference<List<WebhookEndpoint>> ENDPOINTS = new ParameterizedTypeReference<>() {
    };

    private final CanaleApi api;

    WebhookApi(CanaleApi api) {
        this.api = api;
    }

    /** The endpoints of the partner, oldest first; the caller's own partner's when {@code partnerId} is null. */
    List<WebhookEndpoint> endpoints(String partnerId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("partnerId", partnerId);
        return api.execute("webhook/webhookEndpoints", variables, "webhookEndpoints", ENDPOINTS);
    }

    /** The endpoint with its delivery log; null when it does not exist or is not the caller's to manage. */
    WebhookEndpoint endpoint(String id) {
        return api.execute("webhook/webhookEndpoint", Map.of("id", id), "webhookEndpoint", WebhookEndpoint.class);
    }

    /** Active partners whose name contains the text, for staff to pick whose endpoints to manage. */
    Connection<Partner> partners(int first, String after, String nameContains) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("nameContains", nameContains == null || nameContains.isBlank() ? null : nameContains.strip());
        return api.page("webhook/partners", "partners", Partner.class, first, after, variables);
    }

    WebhookPayloads.WithSecret register(String url, List<RecordType> recordTypes, String description) {
        String described = description == null || description.isBlank() ? null : description.strip();
        return api.mutate("webhook/registerWebhookEndpoint",
                new RegisterWebhookEndpointInput(url.strip(), recordTypes, described), WebhookPayloads.WithSecret.class);
    }

    WebhookPayloads.WithSecret rotateSecret(String id) {
        return api.mutate("webhook/rotateWebhookSecret", new WebhookEndpointInput(id), WebhookPayloads.WithSecret.class);
    }

    WebhookPayloads.EndpointChange disable(String id) {
        return change("webhook/disableWebhookEndpoint", id);
    }

    WebhookPayloads.EndpointChange enable(String id) {
        return change("webhook/enableWebhookEndpoint", id);
    }

    WebhookPayloads.EndpointChange delete(String id) {
        return change("webhook/deleteWebhookEndpoint", id);
    }

    WebhookPayloads.EndpointChange replay(String id, long fromSequence) {
        return api.mutate("webhook/replayWebhookDeliveries", new ReplayWebhookDeliveriesInput(id, Long.toString(fromSequence)),
                WebhookPayloads.EndpointChange.class);
    }

    private WebhookPayloads.EndpointChange change(String document, String id) {
        return api.mutate(document, new WebhookEndpointInput(id), WebhookPayloads.EndpointChange.class);
    }
}
