package io.canale.partner;

import io.canale.shared.mongo.Backfills;
import java.util.List;
import java.util.function.Function;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Gives partners stored before the column sorts their sort keys ({@link PartnerSort}): a keyset position cannot resume
 * from a missing key. In pages, at start until done once per store ({@link Backfills}); only those fields are set, on
 * partners without them: no new version, no change-feed entry.
 */
@Component
class PartnerSortKeysBackfill {

    static final String NAME = "partner-sort-keys";

    private final Backfills backfills;

    PartnerSortKeysBackfill(Backfills backfills) {
        this.backfills = backfills;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        backfills.fillAtStart(NAME, Partner.class, "sortName", this::keys);
    }

    /** Fills every partner without sort keys now, done before or not. */
    void fillMissingSortKeys() {
        backfills.fillNow(Partner.class, "sortName", this::keys);
    }

    private Function<Partner, Update> keys(List<Partner> page) {
        return partner -> new Update().set("sortName", partner.sortNameNow()).set("sortTier", partner.sortTierNow());
    }
}
