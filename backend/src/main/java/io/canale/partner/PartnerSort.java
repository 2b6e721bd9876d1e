package io.canale.partner;

import io.canale.shared.SortKeys;
import org.springframework.data.domain.Sort;

/**
 * The API's {@code PartnerSort}: the directory by a main column instead of by name as stored. The name sorts folded
 * (without case and accents), the type by its code and the tier by rank, both by name within; the id ends every sort
 * (see {@link io.canale.shared.Pages}), and each sort has its indexes on {@link Partner}.
 */
enum PartnerSort {
    NAME_ASC("sortName", true), NAME_DESC("sortName", false),
    TYPE_ASC("type", true), TYPE_DESC("type", false),
    TIER_ASC("sortTier", true), TIER_DESC("sortTier", false);

    private final String field;
    private final boolean ascending;

    PartnerSort(String field, boolean ascending) {
        this.field = field;
        this.ascending = ascending;
    }

    Sort by() {
        return field.equals("sortName") ? SortKeys.column(field, ascending) : SortKeys.column(field, ascending, Sort.Order.asc("sortName"));
    }
}
