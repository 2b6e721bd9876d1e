package io.canale.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One thing a partner is told, about one change of one record. Its id derives from the change and the recipient, so
 * deriving it again (after a crash, or on a second node) stores nothing twice. {@code readBy} holds the people of the
 * partner who have read it. {@code recordLabel} is the name the record is known by on screen (an order's number), kept
 * with the notification when it is derived (RecordLabels), so that reading a page costs no look-up.
 */
@Document("notifications")
// Keyset paging sorts the id ascending after the date (see Pages): the index ends the same way.
@CompoundIndex(name = "partner_newest", def = "{'partnerId': 1, 'at': -1, '_id': 1}")
// The daily digest reads a day's notifications of every partner.
@CompoundIndex(name = "by_time", def = "{'at': 1, '_id': 1}")
record Notification(@Id String id, String partnerId, NotificationKind kind, String recordType, String recordId, String detail,
        long sequence, Instant at, List<String> readBy, String recordLabel) {

    static Notification of(FeedNotice notice, String changeId, long sequence, Instant at) {
        return new Notification(changeId + ":" + notice.kind() + ":" + notice.partnerId(), notice.partnerId(), notice.kind(),
                notice.recordType(), notice.recordId(), notice.detail(), sequence, at, new ArrayList<>(), null);
    }

    Notification labelled(String label) {
        return new Notification(id, partnerId, kind, recordType, recordId, detail, sequence, at, readBy, label);
    }

    boolean readBy(String subject) {
        return readBy != null && readBy.contains(subject);
    }
}
