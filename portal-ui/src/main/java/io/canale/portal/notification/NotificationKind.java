package io.canale.portal.notification;

import io.canale.portal.api.SchemaType;

/** The API's {@code NotificationKind}: why the reader is told; each has a text {@code notification.kind.<NAME>}. */
@SchemaType
enum NotificationKind {
    LEAD_ROUTED, ORDER_TO_ANSWER, SHIPMENT_HANDED_OVER, CASE_WAITING_ON_YOU, SLA_WARNING
}
