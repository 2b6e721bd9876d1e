package io.canale.catalog;

import io.canale.shared.mongo.Backfills;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Gives products stored before the column sorts their sort keys ({@link ProductSort}): a keyset position cannot resume
 * from a missing key. In pages, at start until done once per store ({@link Backfills}); only those fields are set, on
 * products without them: no new version.
 */
@Component
class ProductSortKeysBackfill {

    static final String NAME = "product-sort-keys";

    private final Backfills backfills;

    ProductSortKeysBackfill(Backfills backfills) {
        this.backfills = backfills;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        backfills.fillAtStart(NAME, Product.class, "sortSku", this::keys);
    }

    /** Fills every product without sort keys now, done before or not. */
    void fillMissingSortKeys() {
        backfills.fillNow(Product.class, "sortSku", this::keys);
    }

    private Function<Product, Update> keys(List<Product> page) {
        return product -> new Update().set("sortNameIt", product.sortNameNow(Locale.ITALIAN))
                .set("sortNameEn", product.sortNameNow(Locale.ENGLISH)).set("sortSku", product.sku());
    }
}
