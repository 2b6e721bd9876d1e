package io.canale.shared.mongo;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Start-up backfills that run until they are done, once per store rather than once per start: a finished backfill
 * leaves a marker (collection {@code backfills}, one document per backfill, read by id), and later starts skip it
 * without querying the collection it fills (on the embedded store, which has no secondary indexes, that query is a full
 * scan). A backfill works in pages of {@link #PAGE} so that no start holds a whole collection in memory.
 *
 * <p>A node of an older version that still writes records without the new fields during a rolling upgrade is not
 * covered once the marker exists; each backfill can still be run by hand.
 */
@Component
public class Backfills {

    /** Records read per query of a backfill; the query runs again until a page comes back short. */
    public static final int PAGE = 500;

    static final String COLLECTION = "backfills";

    private final MongoOperations mongo;
    private final Clock clock;

    Backfills(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Backfills a field: gives each record of {@code type} that lacks {@code field} the update {@code updates} makes for
     * it, in pages, at start until done: then the backfill is marked done, and later starts skip it. {@code updates} sees
     * a whole page first, so that it can read what the page needs at once (e.g. partner names). Each update applies only
     * while the record still lacks the field, and is made by collection name: no new version, no change-feed entry.
     */
    public <T> void fillAtStart(String name, Class<T> type, String field, Function<List<T>, Function<T, Update>> updates) {
        runAtStart(name, () -> fillNow(type, field, updates));
    }

    /** Runs a backfill of its own making at start until it completes once on this store; later starts skip it. */
    public void runAtStart(String name, Runnable backfill) {
        if (done(name)) {
            return;
        }
        backfill.run();
        mongo.upsert(Query.query(Criteria.where("_id").is(name)), new Update().setOnInsert("doneAt", clock.instant()), COLLECTION);
    }

    /**
     * The same fill now, whether or not it was done before (for records written without the field since). Pages follow
     * the id, so a record a page could not fill is not read again in this run.
     */
    public <T> void fillNow(Class<T> type, String field, Function<List<T>, Function<T, Update>> updates) {
        var entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        forEachPageWithout(type, field, page -> {
            Function<T, Update> update = updates.apply(page);
            for (T record : page) {
                Object id = entity.getIdentifierAccessor(record).getRequiredIdentifier();
                mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and(field).exists(false)), update.apply(record),
                        mongo.getCollectionName(type));
            }
        });
    }

    /**
     * Hands {@code handle} the records of {@code type} without {@code field}, a page of {@link #PAGE} at a time in id
     * order, and answers how many it handed: for backfills whose writes need more than one update per record (e.g. a
     * version condition). Pages follow the last id read, so a record not filled is not read again in this run.
     */
    public <T> int forEachPageWithout(Class<T> type, String field, Consumer<List<T>> handle) {
        var entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        int handed = 0;
        Object after = null;
        List<T> page;
        do {
            Criteria missing = Criteria.where(field).exists(false);
            if (after != null) {
                missing = missing.and("_id").gt(after);
            }
            page = mongo.find(Query.query(missing).with(Sort.by("_id")).limit(PAGE), type);
            if (!page.isEmpty()) {
                after = entity.getIdentifierAccessor(page.getLast()).getRequiredIdentifier();
                handed += page.size();
                handle.accept(page);
            }
        } while (page.size() == PAGE);
        return handed;
    }

    /** Whether the backfill of this name finished on this store. */
    public boolean done(String name) {
        return mongo.findById(name, Document.class, COLLECTION) != null;
    }
}
