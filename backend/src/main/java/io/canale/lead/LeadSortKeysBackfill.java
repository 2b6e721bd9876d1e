package io.canale.lead;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Once per start, gives leads stored before the name and company sorts their sort keys: a keyset position cannot
 * resume from a missing key, and such a lead would sort apart from the others. Idempotent: only leads without keys
 * are touched, and only those fields are set (an update by collection name leaves {@code @Version} alone: no new
 * version, no change-feed entry).
 */
@Component
class LeadSortKeysBackfill {

    private final MongoOperations mongo;

    LeadSortKeysBackfill(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillMissingSortKeys() {
        mongo.find(Query.query(Criteria.where("sortName").exists(false)), Lead.class).forEach(lead ->
                mongo.updateFirst(Query.query(Criteria.where("_id").is(lead.id()).and("sortName").exists(false)),
                        new Update().set("sortName", lead.sortNameNow()).set("sortCompany", lead.sortCompanyNow()), "leads"));
    }
}
