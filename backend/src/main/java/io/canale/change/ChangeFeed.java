package io.canale.change;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import graphql.relay.Connection;
import graphql.relay.DefaultConnection;
import graphql.relay.DefaultConnectionCursor;
import graphql.relay.DefaultEdge;
import graphql.relay.DefaultPageInfo;
import graphql.relay.Edge;
import io.canale.security.Caller;
import io.canale.shared.CursorExpiredException;
import io.canale.shared.InvalidCursorException;
import io.canale.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reading the feed: pages in sequence order of what the caller may read ({@link ChangeReading}), resumable from the
 * last sequence scanned; and the retention that drops entries older than {@code canale.changes.retention}, keeping
 * the newest so that numbering goes on.
 */
@Component
@org.springframework.boot.context.properties.EnableConfigurationProperties(ChangeProperties.class)
class ChangeFeed implements InitializingBean {

    static final String STATE = "change_feed_state";

    private final MongoOperations mongo;
    private final ChangeReading reading;
    private final ChangeProperties properties;
    private final Clock clock;

    ChangeFeed(MongoOperations mongo, ChangeReading reading, ChangeProperties properties, Clock clock) {
        this.mongo = mongo;
        this.reading = reading;
        this.properties = properties;
        this.clock = clock;
    }

    /** The feed's indexes, and the records' index that lets a sweep find pending entries without a scan. */
    @Override
    public void afterPropertiesSet() {
        MongoCollection<Document> feed = feed();
        feed.createIndex(Indexes.ascending("changeId"), new IndexOptions().unique(true));
        feed.createIndex(Indexes.ascending("parties.partnerId", "_id"));
        feed.createIndex(Indexes.ascending("recordType", "_id"));
        feed.createIndex(Indexes.ascending("recordId", "_id"));
        feed.createIndex(Indexes.ascending("at", "_id"));
        for (RecordType type : RecordType.values()) {
            mongo.getCollection(type.collection()).createIndex(Indexes.ascending(ChangeCapture.PENDING + ".id"),
                    new IndexOptions().sparse(true));
        }
    }

    Connection<ShownChange> changes(Caller caller, Collection<RecordType> types, String after, int size) {
        Set<RecordType> readable = reading.readableTypes(caller, types);
        long from = position(after);
        if (readable.isEmpty()) {
            return page(List.of(), from, false);
        }
        return scan(caller, Filters.and(Filters.gt("_id", from), reading.concerning(caller, readable)), from, size);
    }

    Connection<ShownChange> history(Caller caller, String recordId, String after, int size) {
        Set<RecordType> readable = reading.readableTypes(caller, EnumSet.allOf(RecordType.class));
        long from = position(after);
        Connection<ShownChange> page = readable.isEmpty() ? page(List.of(), from, false)
                : scan(caller, Filters.and(Filters.eq("recordId", recordId), Filters.gt("_id", from),
                        reading.concerning(caller, readable)), from, size);
        if (after == null && page.getEdges().isEmpty()) {
            throw new NotFoundException("record");
        }
        return page;
    }

    private Connection<ShownChange> scan(Caller caller, Bson filter, long from, int size) {
        List<Edge<ShownChange>> edges = new ArrayList<>();
        long last = from;
        int scanned = 0;
        for (Document entry : feed().find(filter).sort(Sorts.ascending("_id")).limit(size)) {
            scanned++;
            last = ((Number) entry.get("_id")).longValue();
            reading.shownTo(caller, entry).ifPresent(change -> edges.add(
                    new DefaultEdge<>(change, new DefaultConnectionCursor(Long.toString(change.sequence())))));
        }
        return page(edges, last, scanned == size);
    }

    private static Connection<ShownChange> page(List<Edge<ShownChange>> edges, long last, boolean more) {
        DefaultConnectionCursor end = new DefaultConnectionCursor(Long.toString(last));
        return new DefaultConnection<>(edges, new DefaultPageInfo(edges.isEmpty() ? end : edges.getFirst().getCursor(),
                end, false, more));
    }

    /** The sequence a cursor names; one the feed no longer keeps the entries after is refused. */
    private long position(String after) {
        if (after == null) {
            return prunedThrough();
        }
        long sequence;
        try {
            sequence = Long.parseLong(after);
        } catch (NumberFormatException ex) {
            throw new InvalidCursorException();
        }
        if (sequence < 0) {
            throw new InvalidCursorException();
        }
        if (sequence < prunedThrough()) {
            throw new CursorExpiredException();
        }
        return sequence;
    }

    long prunedThrough() {
        Document state = mongo.getCollection(STATE).find(Filters.eq("_id", "feed")).first();
        return state == null ? 0 : ((Number) state.get("prunedThrough")).longValue();
    }

    /** Drops entries older than the retention, never the newest one (the next number continues from it). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void prune() {
        Date cutoff = Date.from(clock.instant().minus(properties.retention()));
        // The newest of the old entries; of entries stored in the same millisecond, the last.
        Document oldest = feed().find(Filters.lt("at", cutoff)).sort(Sorts.descending("at", "_id"))
                .projection(Projections.include("_id")).limit(1).first();
        Document newest = feed().find().sort(Sorts.descending("_id")).projection(Projections.include("_id")).limit(1).first();
        if (oldest == null || newest == null) {
            return;
        }
        long through = Math.min(((Number) oldest.get("_id")).longValue(), ((Number) newest.get("_id")).longValue() - 1);
        if (through <= prunedThrough()) {
            return;
        }
        // Recorded first: a reader then hears CHANGES_EXPIRED rather than silently missing what is being dropped.
        mongo.getCollection(STATE).updateOne(Filters.eq("_id", "feed"), Updates.max("prunedThrough", through),
                new UpdateOptions().upsert(true));
        feed().deleteMany(Filters.lte("_id", through));
    }

    private MongoCollection<Document> feed() {
        return mongo.getCollection(ChangeRelay.FEED);
    }
}
