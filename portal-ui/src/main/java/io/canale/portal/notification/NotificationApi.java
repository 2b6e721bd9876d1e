package io.canale.portal.notification;

import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The notification operations of the API (documents under {@code graphql-documents/notification/}). */
@Component
class NotificationApi {

    @SchemaType
    record MarkNotificationsReadInput(List<String> ids) {
    }

    @SchemaType
    record MarkNotificationsReadPayload(int marked, List<UserError> userErrors) {
    }

    @SchemaType
    record NotificationPreferenceInput(NotificationKind kind, NotificationDelivery delivery) {
    }

    @SchemaType
    record UpdateNotificationPreferencesInput(List<NotificationPreferenceInput> preferences) {
    }

    @SchemaType
    record UpdateNotificationPreferencesPayload(MailPreferences preferences, List<UserError> userErrors) implements Payload {
    }

    private final CanaleApi api;

    NotificationApi(CanaleApi api) {
        this.api = api;
    }

    /** One page, newest first. */
    Connection<Notice> page(int first, String after) {
        return api.page("notification/notifications", "notifications", Notice.class, first, after, Map.of());
    }

    /** The bell's count, as the signed-in user of this request. */
    int unread() {
        return api.execute("notification/unreadNotifications", Map.of(), "unreadNotifications", Integer.class);
    }

    /** The bell's count with the given access token, for the UI's background refresh. */
    int unread(String accessToken) {
        return api.executeWithToken(accessToken, "notification/unreadNotifications", Map.of(), "unreadNotifications",
                Integer.class);
    }

    /** How the reader is told of each kind of notification by mail. */
    MailPreferences preferences() {
        return api.execute("notification/notificationPreferences", Map.of(), "notificationPreferences", MailPreferences.class);
    }

    /** Stores these choices; the payload carries the preferences after the change, or why nothing changed. */
    UpdateNotificationPreferencesPayload choose(List<NotificationPreferenceInput> choices) {
        return api.mutate("notification/updateNotificationPreferences", new UpdateNotificationPreferencesInput(choices),
                UpdateNotificationPreferencesPayload.class);
    }

    /** Marks these read; all of the reader's unread ones when the list is empty. Answers how many were marked now. */
    int markRead(List<String> ids) {
        return api.mutate("notification/markNotificationsRead", new MarkNotificationsReadInput(ids),
                MarkNotificationsReadPayload.class).marked();
    }
}
