package io.canale.order;

import io.canale.partner.PartnerDirectory;
import io.canale.shared.SortKeys;
import io.canale.shared.mongo.Backfills;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Gives orders stored before the column sorts their sort keys ({@link OrderSort}): a keyset position cannot resume from a
 * missing key. An order without a number yet gets "" (first by number; {@link OrderNumberBackfill} sets the key with the
 * number). In pages, at start until done once per store ({@link Backfills}); only those fields are set, on orders
 * without them: no new version, no change-feed entry.
 */
@Component
class OrderSortKeysBackfill {

    static final String NAME = "order-sort-keys";

    private final PartnerDirectory partners;
    private final Backfills backfills;

    OrderSortKeysBackfill(PartnerDirectory partners, Backfills backfills) {
        this.partners = partners;
        this.backfills = backfills;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        backfills.fillAtStart(NAME, Order.class, "sortNumber", this::keys);
    }

    /** Fills every order without sort keys now, done before or not. */
    void fillMissingSortKeys() {
        backfills.fillNow(Order.class, "sortNumber", this::keys);
    }

    /** The page's partner names are read at once. */
    private Function<Order, Update> keys(List<Order> page) {
        Set<String> partnerIds = new HashSet<>();
        page.forEach(order -> {
            partnerIds.add(order.dealerId());
            partnerIds.add(order.supplierId());
        });
        Map<String, String> names = partnerIds.isEmpty() ? Map.of() : partners.namesOf(partnerIds);
        return order -> new Update()
                .set("sortNumber", Order.sortNumberOf(order.number()))
                .set("sortDealer", SortKeys.text(names.get(order.dealerId())))
                .set("sortSupplier", SortKeys.text(names.get(order.supplierId())))
                .set("sortTotal", SortKeys.cents(order.total()));
    }
}
