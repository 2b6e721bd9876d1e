package io.canale.catalog;

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
 * At start until nothing is left ({@link StartupBackfills}), gives products stored before search existed their search
 * text, so that they are found too. Idempotent: only products without one are touched, a page at a time, and only that
 * field is set (no new version: an update by collection name leaves {@code @Version} alone; no audit).
 */
@Component
class ProductSearchBackfill {

    /** Products read per query; the query runs again until none is left. */
    static final int BATCH = 500;

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
        int found = 0;
        String after = "";
        List<Product> missing;
        do {
            missing = mongo.find(Query.query(Criteria.where("searchText").exists(false).and("_id").gt(after))
                    .with(Sort.by("_id")).limit(BATCH), Product.class);
            for (Product product : missing) {
                found++;
                after = product.sku();
                mongo.updateFirst(Query.query(Criteria.where("_id").is(product.sku()).and("searchText").exists(false)),
                        Update.update("searchText", product.searchTextNow()), "products");
            }
        } while (missing.size() == BATCH);
        return found;
    }
}
