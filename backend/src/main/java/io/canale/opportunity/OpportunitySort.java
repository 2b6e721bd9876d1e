package io.canale.opportunity;

import io.canale.shared.DateOrder;
import io.canale.shared.SortKeys;
import org.springframework.data.domain.Sort;

/**
 * The API's {@code OpportunitySort}: the opportunity list by a main column instead of by date. Name, amount and close
 * date sort by keys stored on the opportunity; the stage by its key, the newest first within a stage; the id ends every
 * sort (see {@link io.canale.shared.Pages}), and each sort has its indexes on {@link Opportunity}.
 */
enum OpportunitySort {
    NAME_ASC("sortName", true), NAME_DESC("sortName", false),
    AMOUNT_ASC("sortAmount", true), AMOUNT_DESC("sortAmount", false),
    STAGE_ASC("stage", true), STAGE_DESC("stage", false),
    CLOSE_DATE_ASC("sortCloseDate", true), CLOSE_DATE_DESC("sortCloseDate", false);

    private final String field;
    private final boolean ascending;

    OpportunitySort(String field, boolean ascending) {
        this.field = field;
        this.ascending = ascending;
    }

    Sort by() {
        return field.equals("stage") ? SortKeys.column(field, ascending, Sort.Order.desc("createdAt")) : SortKeys.column(field, ascending);
    }

    /** The sort asked for, else the date order (the {@code sort} argument, when given, replaces {@code order}). */
    static Sort of(OpportunitySort sort, DateOrder order) {
        return sort != null ? sort.by() : DateOrder.orDefault(order).by("createdAt");
    }
}
