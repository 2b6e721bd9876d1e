package io.canale.catalog;

import io.canale.shared.mongo.StartupBackfills;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * At start until nothing is left ({@link StartupBackfills}), gives products stored before search existed their search
 * text, so that they are found too. Idempotent: only products without one are touched, a page at a time, and only that
 * field is set (no new version: an update by collection name leaves {@code @Version} alone; no audit).
 */
@Component
class ProductSearchBackfill {

    private final MongoOperations mongo;
    private final StartupBackfills backfills;

    ProductSearchBackfill(MongoOperations mongo, StartupBackfills backfills) {
        this.mongo = mongo;
        this.backfills = backfills;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        backfills.runUntilNothingLeft("product-search-texts", this::fillMissingSearchTexts);
    }

    /** Fills what is missing; answers how many products it found without a search text. */
    int fillMissingSearchTexts() {
        return backfills.forEachPageWithout("searchText", Product.class, Product::sku, page -> page.forEach(product ->
                mongo.updateFirst(Query.query(Criteria.where("_id").is(product.sku()).and("searchText").exists(false)),
                        Update.update("searchText", product.searchTextNow()), "products")));
    }
}
