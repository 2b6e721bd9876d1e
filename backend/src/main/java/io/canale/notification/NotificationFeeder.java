package io.canale.notification;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.canale.change.FeedEntry;
import io.canale.change.FeedReader;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
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
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(NotificationFeeder.class);

    private final MongoOperations mongo;
    private final FeedReader feed;
    private final NotificationRules rules;
    private final Sinks.Many<Notification> created = Sinks.many().multicast().directBestEffort();

    NotificationFeeder(MongoOperations mongo, FeedReader feed, NotificationRules rules) {
        this.mongo = mongo;
        this.feed = feed;
        this.rules = rules;
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
            for (FeedEntry entry : entries) {
                for (FeedNotice notice : rules.noticesOf(entry)) {
                    Notification notification = Notification.of(notice, entry.changeId(), entry.sequence(), entry.at());
                    try {
                        mongo.insert(notification);
                        stored++;
                    } catch (DuplicateKeyException derivedBefore) {
                        continue;
                    }
                    created.tryEmitNext(notification);
                }
                position = entry.sequence();
            }
            if (!entries.isEmpty()) {
                mongo.getCollection(CURSOR).updateOne(Filters.eq("_id", "feed"), Updates.max("after", position),
                        new UpdateOptions().upsert(true));
            }
        } while (entries.size() == BATCH);
        return stored;
    }

    private long position() {
        Document cursor = mongo.getCollection(CURSOR).find(Filters.eq("_id", "feed")).first();
        return cursor == null ? 0 : ((Number) cursor.get("after")).longValue();
    }
}
