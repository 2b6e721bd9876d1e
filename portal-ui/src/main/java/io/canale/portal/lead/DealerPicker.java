package io.canale.portal.lead;

import com.vaadin.flow.component.combobox.ComboBox;
import io.canale.portal.api.CursorPager;
import io.canale.portal.api.Paging;
import io.canale.portal.api.Partner;
import java.util.Objects;

/**
 * Picks an active dealer by name, paging through the API's cursors as the list scrolls (it reads the partner
 * directory, which only readers who see other partners may).
 */
class DealerPicker extends ComboBox<Partner> {

    private CursorPager<Partner> pager;
    private String pagerFilter;

    DealerPicker(LeadApi api, Paging paging) {
        setItemLabelGenerator(Partner::name);
        // A new search text starts a new pager: its cursors belong to the old one.
        setItems(query -> {
            String filter = query.getFilter().orElse("");
            if (pager == null || !Objects.equals(filter, pagerFilter)) {
                pagerFilter = filter;
                pager = paging.pager((first, after) -> api.dealers(first, after, filter));
            }
            return pager.fetch(query.getOffset(), query.getLimit());
        });
    }
}
