package io.canale.notification;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.canale.change.FeedEntry;
import io.canale.change.FeedReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Queues a mail for every notification a person wants IMMEDIATELY, reading the change feed from its own position
 * ({@value #CURSOR}), as {@link NotificationFeeder} does, and deriving the same notifications by the same rules. The
 * position moves on only after the mails of the entries before it are queued; a crash in between queues them again,
 * and the outbox refuses each one queued before (its id is the notification's and the person's), so every
 * (notification, person) is queued once, whichever node or restart gets there. The position starts at the feed's
 * head the first time a mail server is configured, and a notification older than {@code max-age} when reached is not
 * mailed: a backlog never turns into a flood of mails.
 */
@Component
class ImmediateMails {

    static final String CURSOR = "notification_mail_cursor";
    private static final int BATCH = 500;

    private final MongoOperations mongo;
    private final FeedReader feed;
    private final NotificationRules rules;
    private final MailRecipients recipients;
    private final NotificationMailTexts texts;
    private final NotificationLabels labels;
    private final NotificationMailOutbox outbox;
    private final NotificationMailProperties properties;
    private final Clock clock;
    private volatile boolean started;

    ImmediateMails(MongoOperations mongo, FeedReader feed, NotificationRules rules, MailRecipients recipients,
            NotificationMailTexts texts, NotificationLabels labels, NotificationMailOutbox outbox, NotificationMailProperties properties,
            Clock clock) {
        this.mongo = mongo;
        this.feed = feed;
        this.rules = rules;
        this.recipients = recipients;
        this.texts = texts;
        this.labels = labels;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** Queues the mails of every feed entry after the stored position; answers how many were new. */
    synchronized int queue() {
        if (!outbox.enabled() || !started) {
            return 0;
        }
        int queued = 0;
        Document cursor = cursor();
        long position = ((Number) cursor.get("after")).longValue();
        Instant since = cursor.getDate("since").toInstant();
        List<FeedEntry> entries;
        do {
            entries = feed.after(position, BATCH);
            Instant now = clock.instant();
            Instant oldest = max(now.minus(properties.maxAge()), since);
            MailRecipients.Lookup people = recipients.lookup();
            List<Notification> mailed = new ArrayList<>();
            List<List<MailRecipients.Recipient>> recipientsOf = new ArrayList<>();
            for (FeedEntry entry : entries) {
                if (!entry.at().isBefore(oldest)) {
                    for (FeedNotice notice : rules.noticesOf(entry)) {
                        List<MailRecipients.Recipient> mailedTo = people.of(notice.partnerId(), notice.kind(), NotificationDelivery.IMMEDIATELY, entry.at());
                        if (!mailedTo.isEmpty()) {
                            mailed.add(Notification.of(notice, entry.changeId(), entry.sequence(), entry.at()));
                            recipientsOf.add(mailedTo);
                        }
                    }
                }
                position = entry.sequence();
            }
            // Named as the notifications themselves are (an order by its number), one query per record type for the batch.
            List<Notification> labelled = labels.label(mailed);
            List<NotificationMail> mails = new ArrayList<>();
            for (int i = 0; i < labelled.size(); i++) {
                for (MailRecipients.Recipient person : recipientsOf.get(i)) {
                    mails.add(texts.immediate(labelled.get(i), person, now));
                }
            }
            queued += outbox.queue(mails);
            if (!entries.isEmpty()) {
                mongo.getCollection(CURSOR).updateOne(Filters.eq("_id", "feed"), Updates.max("after", position),
                        new UpdateOptions().upsert(true));
            }
        } while (entries.size() == BATCH);
        return queued;
    }

    /**
     * Starts the position once the node is ready (after the demo data, if any, is written), so that changes from then on
     * are mailed; until then this node queues nothing.
     */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (outbox.enabled()) {
            cursor();
            started = true;
        }
    }

    /**
     * The stored position ({@code after}) and since when changes are mailed ({@code since}). The first time, the feed's
     * head and now: entries of earlier changes (also those still being relayed, such as demo data) are never mailed.
     */
    private Document cursor() {
        Document cursor = mongo.getCollection(CURSOR).find(Filters.eq("_id", "feed")).first();
        if (cursor != null) {
            return cursor;
        }
        Document started = new Document("_id", "feed").append("after", feed.head()).append("since", Date.from(clock.instant()));
        try {
            mongo.getCollection(CURSOR).insertOne(started);
        } catch (MongoWriteException raced) {
            // Another node started the position first: go from there.
            return mongo.getCollection(CURSOR).find(Filters.eq("_id", "feed")).first();
        }
        return started;
    }

    private static Instant max(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }
}
