package io.canale.opportunity;

import io.canale.shared.mongo.Backfills;
import java.util.List;
import java.util.function.Function;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Gives opportunities stored before the column sorts their sort keys ({@link OpportunitySort}): a keyset position cannot
 * resume from a missing key. In pages, at start until done once per store ({@link Backfills}); only those fields are
 * set, on opportunities without them: no new version, no change-feed entry.
 */
@Component
class OpportunitySortKeysBackfill {

    static final String NAME = "opportunity-sort-keys";

    private final Backfills backfills;

    OpportunitySortKeysBackfill(Backfills backfills) {
        this.backfills = backfills;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        backfills.fillAtStart(NAME, Opportunity.class, "sortName", this::keys);
    }

    /** Fills every opportunity without sort keys now, done before or not. */
    void fillMissingSortKeys() {
        backfills.fillNow(Opportunity.class, "sortName", this::keys);
    }

    private Function<Opportunity, Update> keys(List<Opportunity> page) {
        return opportunity -> new Update().set("sortName", opportunity.sortNameNow()).set("sortAmount", opportunity.sortAmountNow())
                .set("sortCloseDate", opportunity.sortCloseDateNow());
    }
}
