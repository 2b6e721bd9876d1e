package io.canale.notification;

import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's choices of how to be told of each kind of notification by mail, keyed by the person's subject (its
 * e-mail, as in read marks). Only the kinds the person chose are stored; the others follow their kind's default, so
 * a changed default reaches everybody who never chose.
 */
@Document("notification_preferences")
record NotificationPreferences(@Id String subject, Map<String, NotificationDelivery> chosen) {

    static NotificationPreferences none(String subject) {
        return new NotificationPreferences(subject, Map.of());
    }

    NotificationDelivery deliveryOf(NotificationKind kind) {
        NotificationDelivery delivery = chosen == null ? null : chosen.get(kind.name());
        return delivery == null ? kind.defaultDelivery() : delivery;
    }
}
