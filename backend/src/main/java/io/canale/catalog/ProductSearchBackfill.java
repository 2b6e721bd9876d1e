package io.canale.catalog;

import io.canale.shared.mongo.Backfills;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * At start until it has completed once on the store ({@link Backfills}), gives products stored before search existed their search
 * text, so that they are found too. Idempotent: only products without one are touched, a page at a time, and only that
 * field is set (no new version: an update by collection name leaves {@code @Version} alone; no audit).
 */
@Component
class ProductSearchBackfill {

    private final Backfills backfills;

    ProductSearchBackfill(Backfills backfills) {
        this.backfills = backfills;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        backfills.runAtStart("product-search-texts", this::fillMissingSearchTexts);
    }

    /** Fills what is missing, whether or not it was done before. */
    void fillMissingSearchTexts() {
        backfills.fillNow(Product.class, "searchText", page -> product -> Update.update("searchText", product.searchTextNow()));
    }
}
