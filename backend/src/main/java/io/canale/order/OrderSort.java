package io.canale.order;

import io.canale.shared.DateOrder;
import io.canale.shared.SortKeys;
import org.springframework.data.domain.Sort;

/**
 * The API's {@code OrderSort}: the order list by a main column instead of by date. Number, party names and total sort
 * by keys stored on the order ({@link Order#sortNumberOf}, {@link io.canale.shared.SortKeys}); the id ends every sort,
 * ascending in both directions (see {@link io.canale.shared.Pages}), and each sort has its indexes on {@link Order}.
 */
enum OrderSort {
    NUMBER_ASC("sortNumber", true), NUMBER_DESC("sortNumber", false),
    STATUS_ASC("status", true), STATUS_DESC("status", false),
    DEALER_ASC("sortDealer", true), DEALER_DESC("sortDealer", false),
    SUPPLIER_ASC("sortSupplier", true), SUPPLIER_DESC("sortSupplier", false),
    TOTAL_ASC("sortTotal", true), TOTAL_DESC("sortTotal", false);

    private final String field;
    private final boolean ascending;

    OrderSort(String field, boolean ascending) {
        this.field = field;
        this.ascending = ascending;
    }

    Sort by() {
        // Within a status, the newest order first: what a reader of one status looks for.
        return field.equals("status") ? SortKeys.column(field, ascending, Sort.Order.desc("createdAt")) : SortKeys.column(field, ascending);
    }

    /** The sort asked for, else the date order (the {@code sort} argument, when given, replaces {@code order}). */
    static Sort of(OrderSort sort, DateOrder order) {
        return sort != null ? sort.by() : DateOrder.orDefault(order).by("createdAt");
    }
}
