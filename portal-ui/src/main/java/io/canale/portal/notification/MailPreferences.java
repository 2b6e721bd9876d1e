package io.canale.portal.notification;

import io.canale.portal.api.SchemaType;
import java.util.List;

/**
 * The API's {@code NotificationPreferences}: how the reader is told of each kind it receives, whether the installation
 * mails at all, and when the daily digest goes out (e.g. {@code 08:00 Europe/Rome}).
 */
@SchemaType("NotificationPreferences")
record MailPreferences(List<KindPreference> kinds, boolean mailEnabled, String digestTime) {

    /** The API's {@code NotificationKindPreference}. */
    @SchemaType("NotificationKindPreference")
    record KindPreference(NotificationKind kind, NotificationDelivery delivery, NotificationDelivery defaultDelivery) {
    }
}
