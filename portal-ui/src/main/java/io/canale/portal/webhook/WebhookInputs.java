package io.canale.portal.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.RecordType;
import io.canale.portal.api.SchemaType;
import java.util.List;

/** What the webhook screens send: the API's inputs. */
final class WebhookInputs {

    private WebhookInputs() {
    }

    /** A new endpoint; a blank description travels as none. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RegisterWebhookEndpointInput(String url, List<RecordType> recordTypes, String description) {
    }

    @SchemaType
    record WebhookEndpointInput(String id) {
    }

    @SchemaType
    record ReplayWebhookDeliveriesInput(String id, String fromSequence) {
    }
}
