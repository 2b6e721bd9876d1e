package io.canale.lead;

import io.canale.shared.mongo.Backfills;
import java.util.List;
import java.util.function.Function;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Gives leads stored before the name and company sorts their sort keys: a keyset position cannot resume from a missing
 * key, and such a lead would sort apart from the others. In pages, at start until done once per store ({@link Backfills});
 * only those fields are set, on leads without them: no new version, no change-feed entry.
 */
@Component
class LeadSortKeysBackfill {

    static final String NAME = "lead-sort-keys";

    private final Backfills backfills;

    LeadSortKeysBackfill(Backfills backfills) {
        this.backfills = backfills;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        backfills.fillAtStart(NAME, Lead.class, "sortName", this::keys);
    }

    /** Fills every lead without sort keys now, done before or not. */
    void fillMissingSortKeys() {
        backfills.fillNow(Lead.class, "sortName", this::keys);
    }

    private Function<Lead, Update> keys(List<Lead> page) {
        return lead -> new Update().set("sortName", lead.sortNameNow()).set("sortCompany", lead.sortCompanyNow());
    }
}
