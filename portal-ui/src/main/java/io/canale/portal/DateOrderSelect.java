package io.canale.portal;

import com.vaadin.flow.component.select.Select;
import io.canale.portal.api.DateOrder;

/** "Newest first" / "Oldest first" above a list the API sorts by date. */
public class DateOrderSelect extends Select<DateOrder> {

    public DateOrderSelect(String id) {
        setId(id);
        setItems(DateOrder.values());
        setValue(DateOrder.NEWEST_FIRST);
        setItemLabelGenerator(order -> getTranslation("dateOrder." + order.name()));
        setAriaLabel(getTranslation("dateOrder.label"));
        addClassName("date-order");
    }
}
