package io.canale.notification;

import io.canale.shared.mongo.Backfills;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * At start until it has completed once on the store ({@link Backfills}), labels the notifications stored before labels existed (their cards showed the end of an order's id).
 * Only {@code recordLabel} is set, and only while it is missing, so several nodes may run it at once; a record without
 * a label (an order not numbered yet) is marked with an empty one and not read again.
 */
@Component
class NotificationLabelBackfill {

    static final int BATCH = 500;

    private final MongoOperations mongo;
    private final NotificationLabels labels;
    private final Backfills backfills;

    NotificationLabelBackfill(MongoOperations mongo, NotificationLabels labels, Backfills backfills) {
        this.mongo = mongo;
        this.labels = labels;
        this.backfills = backfills;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        // Named after the labelled types: a type that gains labels later has its older notifications labelled once more.
        backfills.runAtStart("notification-labels:" + String.join(",", new java.util.TreeSet<>(labels.labelledTypes())),
                this::labelOldNotifications);
    }

    /** Labels what is missing; answers how many notifications it labelled. */
    int labelOldNotifications() {
        int labelled = 0;
        List<Notification> unlabelled;
        do {
            Query query = Query.query(Criteria.where("recordLabel").exists(false).and("recordType").in(labels.labelledTypes()))
                    .with(Sort.by("_id")).limit(BATCH);
            unlabelled = mongo.find(query, Notification.class);
            for (Notification notification : labels.label(unlabelled)) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(notification.id()).and("recordLabel").exists(false)),
                        Update.update("recordLabel", notification.recordLabel() == null ? "" : notification.recordLabel()),
                        Notification.class);
                labelled++;
            }
        } while (unlabelled.size() == BATCH);
        return labelled;
    }
}
