package io.canale.change;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves pending change entries from records to the feed, then removes them from the records.
 *
 * <p>Sequence numbers: an entry gets the feed's last number plus one and is inserted under it as {@code _id}; when
 * another node took that number first the insert fails as a duplicate and is tried again after the new last one.
 * So numbers are unique and increasing across nodes, and a number becomes visible only after every smaller one
 * did: a reader resuming after a number never misses an entry inserted later. Each entry's id ({@code changeId},
 * unique) makes moving it idempotent: after a crash between the insert and the removal from the record, the next
 * relay finds it in the feed and only removes it.
 */
@Component
class ChangeRelay {

    static final String FEED = "changes";
    /** Staged batches (of up to an import batch's entries each) moved in one append by a sweep. */
    private static final int STAGED_PER_RELAY = 4;

    private static final Logger log = LoggerFactory.getLogger(ChangeRelay.class);

    private record Key(String collection, Object id) {
    }

    private final MongoOperations mongo;
    private final ChangeProperties properties;
    private final Clock clock;
    private final ChangeStaging staging;
    private final Set<Key> queued = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "change-relay");
        thread.setDaemon(true);
        return thread;
    });
    private long lastSequence = -1;
    private final Runnable appended;

    @org.springframework.beans.factory.annotation.Autowired
    ChangeRelay(MongoOperations mongo, ChangeProperties properties, Clock clock, ChangeStaging staging, ChangeTail tail) {
        this(mongo, properties, clock, staging, tail::nudge);
    }

    /** A relay that tells {@code appended} after each append (a test's second node: nobody). */
    ChangeRelay(MongoOperations mongo, ChangeProperties properties, Clock clock, Runnable appended) {
        this(mongo, properties, clock, new ChangeStaging(mongo, clock), appended);
    }

    private ChangeRelay(MongoOperations mongo, ChangeProperties properties, Clock clock, ChangeStaging staging, Runnable appended) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
        this.staging = staging;
        this.appended = appended;
    }

    /** Moves the record's pending entries soon, on the relay's own thread; the caller does not wait. */
    void soon(String collection, Object id) {
        queued.add(new Key(collection, id));
        drainSoon();
    }

    /** Moves the entries of a staged batch (see {@link ChangeStaging}) soon, on the relay's own thread. */
    void soonStaged(Object batch) {
        soon(ChangeStaging.COLLECTION, batch);
    }

    private void drainSoon() {
        if (draining.compareAndSet(false, true)) {
            worker.execute(this::drainQueue);
        }
    }

    private void drainQueue() {
        try {
            while (!queued.isEmpty()) {
                Map<String, List<Object>> batch = new LinkedHashMap<>();
                Iterator<Key> keys = queued.iterator();
                for (int taken = 0; keys.hasNext() && taken < properties.relayBatch(); taken++) {
                    Key key = keys.next();
                    keys.remove();
                    batch.computeIfAbsent(key.collection(), collection -> new ArrayList<>()).add(key.id());
                }
                batch.forEach((collection, ids) -> {
                    if (collection.equals(ChangeStaging.COLLECTION)) {
                        relayStaged(ids);
                    } else {
                        relay(collection, ids);
                    }
                });
            }
        } catch (RuntimeException ex) {
            log.warn("Relaying changes failed; the next sweep retries: {}", ex.toString());
        } finally {
            draining.set(false);
            if (!queued.isEmpty() && draining.compareAndSet(false, true)) {
                worker.execute(this::drainQueue);
            }
        }
    }

    /** On start: what a crash left behind in any record. */
    @EventListener(ApplicationReadyEvent.class)
    void sweepOnStart() {
        worker.execute(this::sweepQuietly);
    }

    @Scheduled(fixedDelayString = "${canale.changes.sweep-interval:PT30S}", initialDelayString = "${canale.changes.sweep-interval:PT30S}")
    void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException ex) {
            log.warn("Sweeping pending changes failed; the next sweep retries: {}", ex.toString());
        }
    }

    /**
     * Moves every staged batch whose writer is done or silent, then every pending entry of every record, a batch at a
     * time; answers how many batches and records had some.
     */
    int sweep() {
        List<Object> batches = staging.relayable();
        for (int from = 0; from < batches.size(); from += STAGED_PER_RELAY) {
            relayStaged(batches.subList(from, Math.min(batches.size(), from + STAGED_PER_RELAY)));
        }
        int records = batches.size();
        for (RecordType type : RecordType.values()) {
            MongoCollection<Document> collection = mongo.getCollection(type.collection());
            List<Object> ids;
            do {
                ids = collection.find(Filters.exists(ChangeCapture.PENDING + ".id")).projection(Projections.include("_id"))
                        .limit(properties.relayBatch()).map(document -> document.get("_id")).into(new ArrayList<>());
                if (!ids.isEmpty()) {
                    relay(type.collection(), ids);
                    records += ids.size();
                }
            } while (ids.size() == properties.relayBatch());
        }
        return records;
    }

    /**
     * Moves the entries of staged batches (see {@link ChangeStaging}) with one read, one append and one delete: all of
     * a written batch; of a claimed one (its writer died or failed between the steps), those of the records that were
     * stored. A batch still being written is left to its writer.
     */
    synchronized void relayStaged(List<Object> ids) {
        List<Document> entries = new ArrayList<>();
        List<Object> relayed = new ArrayList<>();
        List<Object> gone = new ArrayList<>(ids);
        for (ChangeStaging.Batch batch : staging.read(ids)) {
            gone.remove(batch.id());
            if (batch.state() == ChangeStaging.State.WRITING) {
                continue;
            }
            if (batch.state() == ChangeStaging.State.WRITTEN) {
                entries.addAll(batch.entries());
            } else {
                Set<String> stored = new HashSet<>();
                mongo.getCollection(batch.collection()).find(Filters.in("_id", batch.recordIds())).projection(Projections.include("_id"))
                        .forEach(record -> stored.add(String.valueOf(record.get("_id"))));
                batch.entries().stream().filter(entry -> stored.contains(entry.getString("recordId"))).forEach(entries::add);
            }
            relayed.add(batch.id());
        }
        if (!entries.isEmpty()) {
            append(entries);
        }
        staging.remove(relayed, gone);
    }

    /**
     * Moves the pending entries of these records of one collection; one relay at a time per node. Entries of theirs
     * still staged with the batch that created them go first, so that a record's entries reach the feed in order (the
     * batch's own relay later finds them there).
     */
    synchronized void relay(String collection, List<Object> ids) {
        MongoCollection<Document> records = mongo.getCollection(collection);
        List<Document> holders = records.find(Filters.in("_id", ids))
                .projection(Projections.include(ChangeCapture.PENDING, ChangeCapture.DELETED_AT)).into(new ArrayList<>());
        List<Document> entries = new ArrayList<>();
        if (!holders.isEmpty()) {
            Set<String> held = new HashSet<>();
            holders.forEach(holder -> held.add(String.valueOf(holder.get("_id"))));
            staging.of(collection, ids).forEach(batch -> batch.entries().stream()
                    .filter(entry -> held.contains(entry.getString("recordId"))).forEach(entries::add));
        }
        holders.forEach(holder -> entries.addAll(holder.getList(ChangeCapture.PENDING, Document.class, List.of())));
        if (entries.isEmpty()) {
            return;
        }
        append(entries);
        List<WriteModel<Document>> removals = new ArrayList<>();
        for (Document holder : holders) {
            List<String> moved = holder.getList(ChangeCapture.PENDING, Document.class, List.of()).stream()
                    .map(entry -> entry.getString("id")).toList();
            if (!moved.isEmpty()) {
                removals.add(new UpdateOneModel<>(Filters.eq("_id", holder.get("_id")),
                        Updates.pull(ChangeCapture.PENDING, Filters.in("id", moved))));
            }
        }
        if (!removals.isEmpty()) {
            records.bulkWrite(removals);
        }
        // Records deleted by their last change go once the feed has it. Asked only for such records: a filter other than
        // the _id alone is a full scan on the embedded store, and once per relayed batch of an import's 100,000 leads it
        // cost more than the import itself.
        List<Object> deleted = holders.stream().filter(holder -> holder.get(ChangeCapture.DELETED_AT) != null)
                .map(holder -> holder.get("_id")).toList();
        if (!deleted.isEmpty()) {
            records.deleteMany(Filters.and(Filters.in("_id", deleted), Filters.exists(ChangeCapture.DELETED_AT),
                    Filters.exists(ChangeCapture.PENDING + ".id", false)));
        }
    }

    private List<Document> withoutRelayed(List<Document> entries) {
        Set<String> relayed = new HashSet<>();
        feed().find(Filters.in("changeId", entries.stream().map(entry -> entry.getString("id")).toList()))
                .projection(Projections.include("changeId")).forEach(found -> relayed.add(found.getString("changeId")));
        return entries.stream().filter(entry -> !relayed.contains(entry.getString("id"))).toList();
    }

    private void append(List<Document> entries) {
        List<Document> rest = entries;
        while (!rest.isEmpty()) {
            long next = (lastSequence < 0 ? lastInFeed() : lastSequence) + 1;
            List<Document> numbered = new ArrayList<>();
            Date now = Date.from(clock.instant());
            for (int i = 0; i < rest.size(); i++) {
                numbered.add(feedEntry(rest.get(i), next + i, now));
            }
            try {
                feed().insertMany(numbered, new InsertManyOptions().ordered(true));
                lastSequence = next + rest.size() - 1;
                appended.run();
                return;
            } catch (MongoBulkWriteException ex) {
                if (ex.getWriteErrors().stream().anyMatch(error -> error.getCode() != 11000)) {
                    throw ex;
                }
                // Another node took a number first, or an entry is in the feed already (relayed before a crash, or by
                // another node): leave out what is there and go on after the feed's end. Checked only here, so that
                // the usual relay looks nothing up in the feed.
                int stored = ex.getWriteErrors().getFirst().getIndex();
                lastSequence = -1;
                rest = withoutRelayed(rest.subList(stored, rest.size()));
            }
        }
    }

    /**
     * The entries numbered {@code after + 1} to {@code after + count}, by id: the feed has no gaps (a number is taken
     * only by the insert that stores it, and only the oldest entries are pruned), so these are the next ones, and the
     * store finds them through its id index alone — the embedded store serves no range from an index.
     */
    static org.bson.conversions.Bson nextAfter(long after, int count) {
        List<Long> ids = new ArrayList<>(count);
        for (long id = after + 1; id <= after + count; id++) {
            ids.add(id);
        }
        return Filters.in("_id", ids);
    }

    private long lastInFeed() {
        Document last = feed().find().sort(Sorts.descending("_id")).projection(Projections.include("_id")).limit(1).first();
        return last == null ? 0 : ((Number) last.get("_id")).longValue();
    }

    private static Document feedEntry(Document pending, long sequence, Date relayedAt) {
        Document entry = new Document("_id", sequence).append("changeId", pending.getString("id"));
        pending.forEach((key, value) -> {
            if (!key.equals("id")) {
                entry.append(key, value);
            }
        });
        return entry.append("relayedAt", relayedAt);
    }

    private MongoCollection<Document> feed() {
        return mongo.getCollection(FEED);
    }
}
