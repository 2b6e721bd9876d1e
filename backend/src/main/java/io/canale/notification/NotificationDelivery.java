package io.canale.notification;

/** How a person is told of a kind of notification by mail; the notification list shows every notification anyway. */
enum NotificationDelivery {
    /** A mail as soon as the notification is derived. */
    IMMEDIATELY,
    /** One mail a day listing the day's notifications of the kinds set so. */
    DAILY_DIGEST,
    /** No mail. */
    OFF
}
