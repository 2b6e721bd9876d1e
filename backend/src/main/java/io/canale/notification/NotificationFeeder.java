package io.canale.notification;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.canale.change.FeedEntry;
import io.canale.change.FeedReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Turns feed entries into notifications, in feed order, from a position kept in the store ({@value #CURSOR}) that
 * moves on only after the notifications of the entries before it are stored. A crash in between derives them again:
 * their ids are the same, so nothing is stored twice. Every node runs it; a second node's copies are refused the same
 * way and each node tells its own subscribers.
 */
@Component
class NotificationFeeder {

    static final String CURSOR = "notification_cursor";
    private static final int BATCH = 1_000;
    private static final int DUPLICATE_KEY = 11000;
    private static final Logger log = LoggerFactory.getLogger(NotificationFeeder.class);

    private final MongoOperations mongo;
    private final FeedReader feed;
    private final NotificationRules rules;
    private final NotificationLabels labels;
    private final Sinks.Many<Notification> created = Sinks.many().multicast().directBestEffort();

    NotificationFeeder(MongoOperations mongo, FeedReader feed, NotificationRules rules, NotificationLabels labels) {
        this.mongo = mongo;
        this.feed = feed;
        this.rules = rules;
        this.labels = labels;
    }

    /** Notifications as this node derives them; hot. */
    Flux<Notification> created() {
        return created.asFlux();
    }

    @Scheduled(fixedDelayString = "${canale.notifications.feed-interval:PT2S}", initialDelayString = "${canale.notifications.feed-interval:PT2S}")
    void feedQuietly() {
        try {
            feed();
        } catch (RuntimeException ex) {
            log.warn("Deriving notifications failed; trying again: {}", ex.toString());
        }
    }

    /** Derives the notifications of every entry after the stored position; answers how many it stored. */
    synchronized int feed() {
        int stored = 0;
        long position = position();
        List<FeedEntry> entries;
        do {
            entries = feed.after(position, BATCH);
            List<Notification> derived = new ArrayList<>();
            for (FeedEntry entry : entries) {
                for (FeedNotice notice : rules.noticesOf(entry)) {
                    derived.add(Notification.of(notice, entry.changeId(), entry.sequence(), entry.at()));
                }
                position = entry.sequence();
            }
            stored += store(labels.label(derived));
            if (!entries.isEmpty()) {
                mongo.getCollection(CURSOR).updateOne(Filters.eq("_id", "feed"), Updates.max("after", position),
                        new UpdateOptions().upsert(true));
            }
        } while (entries.size() == BATCH);
        return stored;
    }

    /** Stores the notifications in one bulk insert; those derived before are refused by their ids and not told again. */
    private int store(List<Notification> derived) {
        if (derived.isEmpty()) {
            return 0;
        }
        Set<Integer> refused = new HashSet<>();
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Notification.class).insert(derived).execute();
        } catch (BulkOperationException collided) {
            collided.getErrors().forEach(error -> {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw collided;
                }
                refused.add(error.getIndex());
            });
        }
        for (int i = 0; i < derived.size(); i++) {
            if (!refused.contains(i)) {
                created.tryEmitNext(derived.get(i));
            }
        }
        return derived.size() - refused.size();
    }

    private long position() {
        Document cursor = mongo.getCollection(CURSOR).find(Filters.eq("_id", "feed")).first();
        return cursor == null ? 0 : ((Number) cursor.get("after")).longValue();
    }
}
