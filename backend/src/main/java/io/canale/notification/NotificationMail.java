package io.canale.notification;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One mail to one person, stored before it is sent (an outbox). Its id names what it is about and to whom — a
 * notification and a person, or a person's digest of one day — so the same mail is refused when it is queued again
 * (by a second node, or after a restart from an earlier feed position): each is queued once and sent from here.
 * {@code dueAt} is when a node may claim it: at once when queued, then the end of the claiming node's lease.
 */
@Document("notification_mails")
@CompoundIndex(name = "due", def = "{'status': 1, 'dueAt': 1}")
@CompoundIndex(name = "by_age", def = "{'createdAt': 1}")
record NotificationMail(@Id String id, String to, String subject, String text, Status status, Instant createdAt,
        Instant dueAt, int attempts, Instant sentAt) {

    enum Status { PENDING, SENT, FAILED }

    static String aboutNotice(String notificationId, String person) {
        return notificationId + "|" + person;
    }

    static String digestOf(java.time.LocalDate day, String person) {
        return "digest|" + day + "|" + person;
    }

    static NotificationMail pending(String id, String to, String subject, String text, Instant now) {
        return new NotificationMail(id, to, subject, text, Status.PENDING, now, now, 0, null);
    }
}
