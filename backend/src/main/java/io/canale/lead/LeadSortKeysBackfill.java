package io.canale.lead;

import io.canale.shared.mongo.StartupBackfills;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * At start until nothing is left ({@link StartupBackfills}), gives leads stored before the name and company sorts
 * their sort keys: a keyset position cannot resume from a missing key, and such a lead would sort apart from the
 * others. Idempotent: only leads without keys are touched, a page at a time, and only those fields are set (an update
 * by collection name leaves {@code @Version} alone: no new version, no change-feed entry).
 */
@Component
class LeadSortKeysBackfill {

    /** Leads read per query; the query runs again until none is left. */
    static final int BATCH = 500;

    private final MongoOperations mongo;
    private final StartupBackfills backfills;

    LeadSortKeysBackfill(MongoOperations mongo, StartupBackfills backfills) {
        this.mongo = mongo;
        this.backfills = backfills;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        backfills.runUntilNothingLeft("lead-sort-keys", this::fillMissingSortKeys);
    }

    /** Fills what is missing; answers how many leads it found without keys. */
    int fillMissingSortKeys() {
        int found = 0;
        String after = "";
        List<Lead> missing;
        do {
            // By id from the last one read: a lead whose keys another node set meanwhile is not read twice.
            missing = mongo.find(Query.query(Criteria.where("sortName").exists(false).and("_id").gt(after))
                    .with(Sort.by("_id")).limit(BATCH), Lead.class);
            for (Lead lead : missing) {
                found++;
                after = lead.id();
                mongo.updateFirst(Query.query(Criteria.where("_id").is(lead.id()).and("sortName").exists(false)),
                        new Update().set("sortName", lead.sortNameNow()).set("sortCompany", lead.sortCompanyNow()), "leads");
            }
        } while (missing.size() == BATCH);
        return found;
    }
}
