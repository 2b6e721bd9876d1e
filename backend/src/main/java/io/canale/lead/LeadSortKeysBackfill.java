package io.canale.lead;

import io.canale.shared.mongo.StartupBackfills;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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
        return backfills.forEachPageWithout("sortName", Lead.class, Lead::id, page -> page.forEach(lead ->
                mongo.updateFirst(Query.query(Criteria.where("_id").is(lead.id()).and("sortName").exists(false)),
                        new Update().set("sortName", lead.sortNameNow()).set("sortCompany", lead.sortCompanyNow()), "leads")));
    }
}
