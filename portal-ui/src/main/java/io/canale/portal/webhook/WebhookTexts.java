package io.canale.portal.webhook;

import com.vaadin.flow.component.Component;
import io.canale.portal.api.RecordType;
import java.util.List;
import java.util.stream.Collectors;

/** Webhook values in the reader's words. */
final class WebhookTexts {

    private WebhookTexts() {
    }

    /** The kinds of records, e.g. "Orders, Service cases". */
    static String recordTypes(Component texts, List<RecordType> types) {
        return types.stream().map(type -> texts.getTranslation("webhooks.recordType." + type.name()))
                .collect(Collectors.joining(", "));
    }
}
