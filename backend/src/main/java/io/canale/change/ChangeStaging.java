package io.canale.change;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
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
 * <p>A batch goes through three states. {@code WRITING}: staged, the records may or may not be stored yet.
 * {@code WRITTEN}: the writer stored every record and said so. {@code CLAIMED}: a relay took over a batch whose
 * writer fell silent (it died between the steps, or stalls): it relays the entries of the records that exist and drops
 * the others. A writer that finds its batch claimed when it says "written" stages the entries again (relaying is
 * idempotent by entry id), so no record stays without its entry however the steps interleave.
 */
@Component
class ChangeStaging implements InitializingBean {

    static final String COLLECTION = "change_staging";
    /** How long a batch may stay {@code WRITING} before a relay takes it over: far longer than one bulk insert takes. */
    static final Duration SILENT_WRITER = Duration.ofMinutes(1);

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
        return insert(collection, recordIds, entries, State.WRITING);
    }

    /**
     * The writer stored every record of the batch: answers the batch to relay, the same one unless a relay claimed it
     * meanwhile (then its entries are staged again, as written).
     */
    Object written(Object id, String collection, List<Object> recordIds, List<Document> entries) {
        boolean mine = staged().updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("state", State.WRITING.name())),
                Updates.set("state", State.WRITTEN.name())).getMatchedCount() == 1;
        return mine ? id : insert(collection, recordIds, entries, State.WRITTEN);
    }

    private Object insert(String collection, List<Object> recordIds, List<Document> entries, State state) {
        ObjectId id = new ObjectId();
        staged().insertOne(new Document("_id", id).append("collection", collection).append("state", state.name())
                .append("at", Date.from(clock.instant())).append("recordIds", recordIds).append("entries", entries));
        return id;
    }

    List<Batch> read(Collection<Object> ids) {
        return staged().find(Filters.in("_id", ids)).map(ChangeStaging::batch).into(new ArrayList<>());
    }

    /** The batches that stage entries of these records of {@code collection}. */
    List<Batch> of(String collection, Collection<Object> recordIds) {
        return staged().find(Filters.and(Filters.eq("collection", collection), Filters.in("recordIds", recordIds)))
                .map(ChangeStaging::batch).into(new ArrayList<>());
    }

    /**
     * The batches a sweep relays: those written, those claimed before, and those whose writer has been silent for
     * {@link #SILENT_WRITER} (claimed now). Batches still being written are left to their writer.
     */
    List<Object> relayable() {
        Date silentSince = Date.from(clock.instant().minus(SILENT_WRITER));
        List<Object> ids = new ArrayList<>();
        staged().find(Filters.lte("at", Date.from(clock.instant()))).projection(Projections.include("state", "at")).forEach(batch -> {
            State state = State.valueOf(batch.getString("state"));
            if (state != State.WRITING || (!batch.getDate("at").after(silentSince) && claim(batch.get("_id")))) {
                ids.add(batch.get("_id"));
            }
        });
        return ids;
    }

    /** The writer failed between the steps: the batch is claimed, so that it is relayed like one whose writer died. */
    Object abandon(Object id) {
        claim(id);
        return id;
    }

    private boolean claim(Object id) {
        return staged().updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("state", State.WRITING.name())),
                Updates.set("state", State.CLAIMED.name())).getMatchedCount() == 1;
    }

    void remove(Collection<Object> ids) {
        staged().deleteMany(Filters.in("_id", ids));
    }

    private static Batch batch(Document document) {
        return new Batch(document.get("_id"), document.getString("collection"), State.valueOf(document.getString("state")),
                document.getList("recordIds", Object.class, List.of()), document.getList("entries", Document.class, List.of()));
    }

    private MongoCollection<Document> staged() {
        return mongo.getCollection(COLLECTION);
    }
}
