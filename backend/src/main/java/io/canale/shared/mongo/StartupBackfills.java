package io.canale.shared.mongo;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Remembers which start-up backfills have found nothing left to do, in one small collection ({@code backfills}, one
 * document per backfill, looked up by {@code _id}), so that later starts skip their query: on the embedded store that
 * query is a scan of the whole collection. A backfill is marked only after a run in which it found nothing to fill, so
 * records written by an older node while the first run went on are caught by the next start. After a rolling upgrade
 * from a version that did not write a backfilled field, delete the backfill's document to have it run again.
 */
@Component
public class StartupBackfills {

    static final String COLLECTION = "backfills";

    /** Records read per query; the query runs again until a page comes back short. */
    public static final int BATCH = 500;

    private final MongoOperations mongo;
    private final Clock clock;

    StartupBackfills(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A backfill's run: fills what is missing and answers how many records it filled. */
    @FunctionalInterface
    public interface Run {
        int fill();
    }

    /** Runs {@code run} unless an earlier start marked {@code name} done; marks it done when a run filled nothing. */
    public void runUntilNothingLeft(String name, Run run) {
        if (isDone(name)) {
            return;
        }
        if (run.fill() == 0) {
            mongo.upsert(Query.query(Criteria.where("_id").is(name)), Update.update("doneAt", clock.instant()), COLLECTION);
        }
    }

    /**
     * Hands {@code fill} the records without {@code field}, a page of {@link #BATCH} at a time in {@code _id}
     * order, and answers how many it handed. Paged from the last id read, so a record that another node filled
     * meanwhile, or that {@code fill} could not fill, is not read twice in one run.
     */
    public <T> int forEachPageWithout(String field, Class<T> type, Function<T, String> idOf, Consumer<List<T>> fill) {
        int found = 0;
        String after = "";
        List<T> page;
        do {
            page = mongo.find(Query.query(Criteria.where(field).exists(false).and("_id").gt(after))
                    .with(Sort.by("_id")).limit(BATCH), type);
            if (!page.isEmpty()) {
                found += page.size();
                after = idOf.apply(page.getLast());
                fill.accept(page);
            }
        } while (page.size() == BATCH);
        return found;
    }

    public boolean isDone(String name) {
        return mongo.exists(Query.query(Criteria.where("_id").is(name)), COLLECTION);
    }
}
