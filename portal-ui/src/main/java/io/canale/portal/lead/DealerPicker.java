package io.canale.portal.lead;

import com.vaadin.flow.component.combobox.ComboBox;
import io.canale.portal.PagedComboBoxes;
import io.canale.portal.api.Paging;
import io.canale.portal.api.Partner;

/**
 * Picks an active dealer by name, paging through the API's cursors as the list scrolls (it reads the partner
 * directory, which only readers who see other partners may).
 */
class DealerPicker extends ComboBox<Partner> {

    DealerPicker(LeadApi api, Paging paging) {
        setItemLabelGenerator(Partner::name);
        PagedComboBoxes.bind(this, paging, (text, first, after) -> api.dealers(first, after, text));
    }
}
