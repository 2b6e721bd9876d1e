package io.canale.shared;

import org.springframework.data.domain.Sort;

/**
 * The order of a list by its records' date, as the API's {@code DateOrder} argument asks. The id ends the sort (a
 * total keyset, see {@link Pages}); it stays ascending in both orders, so each order has an index of its own
 * ({@code {date: -1, _id: 1}} and {@code {date: 1, _id: 1}}, per visibility prefix).
 */
public enum DateOrder {
    NEWEST_FIRST, OLDEST_FIRST;

    public Sort by(String dateField) {
        return Sort.by(this == NEWEST_FIRST ? Sort.Order.desc(dateField) : Sort.Order.asc(dateField), Sort.Order.asc("id"));
    }

    /** The order asked for, newest first when none was. */
    public static DateOrder orDefault(DateOrder order) {
        return order == null ? NEWEST_FIRST : order;
    }
}
