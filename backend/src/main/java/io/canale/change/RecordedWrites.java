package io.canale.change;

import io.canale.shared.Actor;
import java.util.Collection;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * For features that write documents of shared records themselves (bulk writes that Spring Data's callbacks do not
 * see): the document to write, carrying its change entry, and the word to the relay once it is written. The write
 * must be conditional on what was read as {@code before} (e.g. its version), as a versioned save would be.
 */
@Component
public class RecordedWrites {

    private final ChangeCapture capture;
    private final ChangeRelay relay;
    private final ChangeStaging staging;
    private final MongoOperations mongo;

    RecordedWrites(ChangeCapture capture, ChangeRelay relay, ChangeStaging staging, MongoOperations mongo) {
        this.capture = capture;
        this.relay = relay;
        this.staging = staging;
        this.mongo = mongo;
    }

    /**
     * Inserts new shared records of one type with one insert, as {@link MongoOperations#insertAll} does (callbacks and
     * events included), their change entries staged together in one document before the insert instead of each in its
     * own record: the relay then moves the batch's entries with one read and one delete and never rewrites a record.
     * If the process dies after staging, the relay's sweep relays the entries of the records that were stored.
     */
    public <T> Collection<T> insertAll(Collection<T> records) {
        if (records.isEmpty()) {
            return records;
        }
        Class<?> kind = records.iterator().next().getClass();
        if (records.stream().anyMatch(record -> record.getClass() != kind)) {
            throw new IllegalArgumentException("a staged insert writes records of one type");
        }
        RecordType type = RecordType.storedIn(mongo.getCollectionName(kind))
                .orElseThrow(() -> new IllegalArgumentException(kind.getSimpleName() + " is no shared record"));
        ChangeCapture.StagedInsert insert = capture.stageInsertOf(type, records.size(), staging);
        Collection<T> inserted;
        try {
            inserted = mongo.insertAll(records);
        } catch (RuntimeException failed) {
            if (insert.id() != null) { // some records may be stored: their entries go to the feed, the others' are dropped
                relay.soonStaged(staging.abandon(insert.id()));
            }
            throw failed;
        } finally {
            capture.endStaging();
        }
        relay.soonStaged(staging.written(insert.id(), insert.collection(), insert.recordIds(), insert.entries()));
        return inserted;
    }

    /** {@code after}, changed by {@code by}, with the pending entries of {@code before} (null for a new record) and this change's entry. */
    public Document withChange(String collection, Document before, Document after, Actor by) {
        RecordType type = RecordType.storedIn(collection)
                .orElseThrow(() -> new IllegalArgumentException(collection + " holds no shared records"));
        Document actor = new Document();
        mongo.getConverter().write(by, actor); // stored as audit stamps store it
        capture.record(type, before, after, actor);
        return after;
    }

    /** The documents were written: their entries go to the feed soon. */
    public void written(String collection, Collection<?> ids) {
        ids.forEach(id -> relay.soon(collection, id));
    }
}
