package io.canale.portal.lead;

import com.vaadin.flow.component.UI;
import io.canale.portal.Notifications;
import io.canale.portal.ReasonDialog;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.UserErrorCode;
import java.util.function.Consumer;

/**
 * Accept and decline, as the inbox and the detail view offer them, and the outcome of any lead change in lead
 * terms (a refused acceptance usually means the time ran out). {@code onChanged} gets the lead as stored now,
 * or null when the caller should reload because it changed meanwhile.
 */
class LeadDecisions {

    static final int MAX_REASON = 500;

    private final LeadApi api;
    private final Consumer<Lead> onChanged;

    LeadDecisions(LeadApi api, Consumer<Lead> onChanged) {
        this.api = api;
        this.onChanged = onChanged;
    }

    void accept(Lead lead) {
        apply(api.accept(lead), "lead.accepted", lead);
    }

    void decline(Lead lead) {
        UI ui = UI.getCurrent();
        ReasonDialog dialog = new ReasonDialog(ui.getTranslation("lead.decline.title", lead.contact().name()),
                ui.getTranslation("lead.decline"), MAX_REASON);
        dialog.addReasonListener(event -> {
            dialog.close();
            apply(api.decline(lead, event.reason()), "lead.declined", lead);
        });
        dialog.open();
    }

    void apply(LeadPayload payload, String successKey, Lead before) {
        UI ui = UI.getCurrent();
        if (payload.succeeded()) {
            Notifications.success(ui.getTranslation(successKey, before.contact().name()));
            onChanged.accept(payload.lead());
        } else if (payload.versionConflict()) {
            Notifications.error(ui.getTranslation("lead.conflict"));
            onChanged.accept(null);
        } else if (payload.userErrors().stream().anyMatch(error -> error.code() == UserErrorCode.ILLEGAL_STATE)) {
            Notifications.error(ui.getTranslation("lead.illegalState"));
            onChanged.accept(null);
        } else {
            UserErrorDisplay.notify(payload.userErrors());
        }
    }
}
