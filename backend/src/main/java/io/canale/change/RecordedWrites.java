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
    private final MongoOperations mongo;

    RecordedWrites(ChangeCapture capture, ChangeRelay relay, MongoOperations mongo) {
        this.capture = capture;
        this.relay = relay;
        this.mongo = mongo;
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
