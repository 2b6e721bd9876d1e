package io.canale.notification;

import io.canale.security.Caller;
import io.canale.shared.Payloads;
import io.canale.shared.UserError;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** A person's notification mail preferences in the API: its own only. */
@Controller
class NotificationPreferencesController {

    record NotificationPreferencesView(List<MailPreferences.KindPreference> kinds, boolean mailEnabled, String digestTime) {
    }

    record UpdateNotificationPreferencesInput(List<MailPreferences.Choice> preferences) {
    }

    record UpdateNotificationPreferencesPayload(NotificationPreferencesView preferences, List<UserError> userErrors) {
    }

    private final MailPreferences preferences;
    private final NotificationMailOutbox outbox;
    private final NotificationMailProperties properties;

    NotificationPreferencesController(MailPreferences preferences, NotificationMailOutbox outbox,
            NotificationMailProperties properties) {
        this.preferences = preferences;
        this.outbox = outbox;
        this.properties = properties;
    }

    @QueryMapping
    NotificationPreferencesView notificationPreferences(Caller caller) {
        return view(preferences.of(caller));
    }

    @MutationMapping
    UpdateNotificationPreferencesPayload updateNotificationPreferences(Caller caller,
            @Argument UpdateNotificationPreferencesInput input) {
        return Payloads.run(() -> preferences.update(caller, input.preferences() == null ? List.of() : input.preferences()),
                kinds -> new UpdateNotificationPreferencesPayload(view(kinds), List.of()),
                errors -> new UpdateNotificationPreferencesPayload(null, errors));
    }

    private NotificationPreferencesView view(List<MailPreferences.KindPreference> kinds) {
        return new NotificationPreferencesView(kinds, outbox.enabled(),
                DateTimeFormatter.ofPattern("HH:mm").format(properties.digestTime()) + " " + properties.zone().getId());
    }
}
