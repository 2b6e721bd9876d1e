package io.canale.portal.notification;

import io.canale.portal.api.SchemaType;

/** The API's {@code NotificationDelivery}: how the reader is told by mail; each has a text {@code notification.delivery.<NAME>}. */
@SchemaType
enum NotificationDelivery {
    IMMEDIATELY, DAILY_DIGEST, OFF
}
