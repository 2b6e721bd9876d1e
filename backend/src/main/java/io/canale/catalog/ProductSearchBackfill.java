package io.canale.catalog;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Once per start, gives products stored before search existed their search text, so that they are found too.
 * Idempotent: only products without one are touched, and only that field is set (no new version: an update by collection name leaves {@code @Version} alone; no audit).
 */
@Component
class ProductSearchBackfill {

    private final MongoOperations mongo;

    ProductSearchBackfill(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillMissingSearchTexts() {
        mongo.find(Query.query(Criteria.where("searchText").exists(false)), Product.class).forEach(product ->
                mongo.updateFirst(Query.query(Criteria.where("_id").is(product.sku()).and("searchText").exists(false)),
                        Update.update("searchText", product.searchTextNow()), "products"));
    }
}
