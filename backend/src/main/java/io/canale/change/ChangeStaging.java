package io.canale.change;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * The change entries of a bulk insert of new records, staged in one document ({@value #COLLECTION}) before the
 * records are written, so that the relay moves a whole batch's entries with one read and one delete instead of
 * rewriting every record to remove its entry.
 *
 * <p>A batch's state is a small mark of its own ({@value #MARKS}, keyed by the batch's id), so that deciding it never
 * rewrites the batch. No mark: staged, the records may or may not be stored yet ({@code WRITING}). {@code WRITTEN}: the
 * writer stored every record and said so. {@code CLAIMED}: a relay took over a batch whose writer fell silent (it died
 * between the steps, or stalls): it relays the entries of the records that exist and drops the others. Writer and relay
 * both insert the mark under the batch's id, so exactly one of them sets it; a writer that finds its batch claimed
 * stages the entries again (relaying is idempotent by entry id), so no record stays without its entry however the
 * steps interleave.
 */
@Component
class ChangeStaging implements InitializingBean {

    static final String COLLECTION = "change_staging";
    static final String MARKS = "change_staging_marks";
    /** How long a batch may stay {@code WRITING} before a relay takes it over: far longer than one bulk insert takes. */
    static final Duration SILENT_WRITER = Duration.ofMinutes(1);
    private static final int DUPLICATE_KEY = 11000;

    enum State { WRITING, WRITTEN, CLAIMED }

    /** A staged batch as the relay needs it. */
    record Batch(Object id, String collection, State state, List<Object> recordIds, List<Document> entries) {
    }

    private final MongoOperations mongo;
    private final Clock clock;

    ChangeStaging(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Finding a record's staged entries (to keep a record's entries in order), and the sweep's scan by age. */
    @Override
    public void afterPropertiesSet() {
        staged().createIndex(Indexes.ascending("collection", "recordIds"));
        staged().createIndex(Indexes.ascending("at"));
    }

    /** Stages the entries of new records of {@code collection}, before they are written; answers the batch's id. */
    Object stage(String collection, List<Object> recordIds, List<Document> entries) {
        ObjectId id = new ObjectId();
        staged().insertOne(new Document("_id", id).append("collection", collection).append("at", Date.from(clock.instant()))
                .append("recordIds", recordIds).append("entries", entries));
        return id;
    }

    /**
     * The writer stored every record of the batch: answers the batch to relay, the same one unless a relay claimed it
     * meanwhile (then its entries are staged again, as written).
     */
    Object written(Object id, String collection, List<Object> recordIds, List<Document> entries) {
        if (mark(id, State.WRITTEN)) {
            // A relay removes a batch before its mark: a batch still there is written, and no relay claims it now.
            if (staged().find(Filters.eq("_id", id)).projection(Projections.include("_id")).first() != null) {
                return id;
            }
            marks().deleteOne(Filters.eq("_id", id)); // claimed, relayed and removed meanwhile
        }
        Object again = stage(collection, recordIds, entries);
        mark(again, State.WRITTEN);
        return again;
    }

    /** The writer failed between the steps: the batch is claimed, so that it is relayed like one whose writer died. */
    Object abandon(Object id) {
        mark(id, State.CLAIMED);
        return id;
    }

    /** Sets the batch's state unless it has one already; answers whether this call set it. */
    private boolean mark(Object id, State state) {
        try {
            marks().insertOne(new Document("_id", id).append("state", state.name()));
            return true;
        } catch (MongoWriteException ex) {
            if (ex.getError().getCode() != DUPLICATE_KEY) {
                throw ex;
            }
            return false;
        }
    }

    List<Batch> read(Collection<Object> ids) {
        Map<Object, State> states = states(ids);
        return staged().find(Filters.in("_id", ids)).map(batch -> batch(batch, states.getOrDefault(batch.get("_id"), State.WRITING)))
                .into(new ArrayList<>());
    }

    /** The batches that stage entries of these records of {@code collection} (whatever their state). */
    List<Batch> of(String collection, Collection<Object> recordIds) {
        return staged().find(Filters.and(Filters.eq("collection", collection), Filters.in("recordIds", recordIds)))
                .map(batch -> batch(batch, State.WRITING)).into(new ArrayList<>());
    }

    /**
     * The batches a sweep relays: those written, those claimed before, and those whose writer has been silent for
     * {@link #SILENT_WRITER} (claimed now). Batches still being written are left to their writer.
     */
    List<Object> relayable() {
        Date silentSince = Date.from(clock.instant().minus(SILENT_WRITER));
        Map<Object, Date> batches = new LinkedHashMap<>();
        staged().find(Filters.lte("at", Date.from(clock.instant()))).projection(Projections.include("at"))
                .forEach(batch -> batches.put(batch.get("_id"), batch.getDate("at")));
        if (batches.isEmpty()) {
            return List.of();
        }
        Map<Object, State> states = states(batches.keySet());
        List<Object> ids = new ArrayList<>();
        batches.forEach((id, at) -> {
            if (states.containsKey(id)) {
                ids.add(id);
            } else if (!at.after(silentSince)) {
                mark(id, State.CLAIMED); // if its writer marked it meanwhile, it is written: relayable either way
                ids.add(id);
            }
        });
        return ids;
    }

    /**
     * Removes relayed batches, then the marks of these and of {@code gone} (batches removed before): a mark left by a
     * crash in between marks nothing, and a writer that marks a removed batch finds it gone (see {@link #written}).
     */
    void remove(Collection<Object> ids, Collection<Object> gone) {
        if (!ids.isEmpty()) {
            staged().deleteMany(Filters.in("_id", ids));
        }
        List<Object> marked = new ArrayList<>(ids);
        marked.addAll(gone);
        if (!marked.isEmpty()) {
            marks().deleteMany(Filters.in("_id", marked));
        }
    }

    private Map<Object, State> states(Collection<Object> ids) {
        Map<Object, State> states = new HashMap<>();
        marks().find(Filters.in("_id", ids)).forEach(mark -> states.put(mark.get("_id"), State.valueOf(mark.getString("state"))));
        return states;
    }

    private static Batch batch(Document document, State state) {
        return new Batch(document.get("_id"), document.getString("collection"), state,
                document.getList("recordIds", Object.class, List.of()), document.getList("entries", Document.class, List.of()));
    }

    private MongoCollection<Document> staged() {
        return mongo.getCollection(COLLECTION);
    }

    private MongoCollection<Document> marks() {
        return mongo.getCollection(MARKS);
    }
}
