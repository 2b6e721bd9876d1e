package io.canale.lead;

import io.canale.shared.DateOrder;
import org.springframework.data.domain.Sort;

/**
 * The API's {@code LeadSort}: a list of leads by a main column instead of by date. Names and companies sort by
 * {@link #key}, stored beside the lead (MongoDB compares strings byte by byte); the id ends every sort, ascending in
 * both directions (see {@link io.canale.shared.Pages}), and each sort has its indexes on {@link Lead}.
 */
enum LeadSort {
    NAME_ASC, NAME_DESC, COMPANY_ASC, COMPANY_DESC, STATUS_ASC, STATUS_DESC;

    Sort by() {
        return switch (this) {
            case NAME_ASC -> Sort.by(Sort.Order.asc("sortName"), Sort.Order.asc("id"));
            case NAME_DESC -> Sort.by(Sort.Order.desc("sortName"), Sort.Order.asc("id"));
            case COMPANY_ASC -> Sort.by(Sort.Order.asc("sortCompany"), Sort.Order.asc("id"));
            case COMPANY_DESC -> Sort.by(Sort.Order.desc("sortCompany"), Sort.Order.asc("id"));
            // Within a status, the newest lead first: what a reader of one status looks for.
            case STATUS_ASC -> Sort.by(Sort.Order.asc("status"), Sort.Order.desc("receivedAt"), Sort.Order.asc("id"));
            case STATUS_DESC -> Sort.by(Sort.Order.desc("status"), Sort.Order.desc("receivedAt"), Sort.Order.asc("id"));
        };
    }

    /** The sort asked for, else the date order (the {@code sort} argument, when given, replaces {@code order}). */
    static Sort of(LeadSort sort, DateOrder order) {
        return sort != null ? sort.by() : DateOrder.orDefault(order).by("receivedAt");
    }

    /** How a text sorts ({@link io.canale.shared.SortKeys#text}): never null, because a keyset position cannot resume from null. */
    static String key(String text) {
        return io.canale.shared.SortKeys.text(text);
    }
}
