package io.canale.portal.notification;

import io.canale.portal.api.RecordType;
import io.canale.portal.api.SchemaType;
import java.time.Instant;

/**
 * The API's {@code Notification} (named apart from Vaadin's pop-up notification): something that needs the reader's
 * partner, about one record.
 *
 * @param detail more about it, e.g. {@code RESOLUTION:WARNING} for an SLA warning; null for most kinds
 */
@SchemaType("Notification")
record Notice(String id, NotificationKind kind, RecordType recordType, String recordId, String detail, Instant at,
        boolean read, String recordLabel) {
}
