package io.canale.portal.order;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.canale.portal.api.Paging;
import io.canale.portal.catalog.CatalogApi;
import java.util.ArrayList;
import java.util.List;

/** The lines of order entry: one row per line of the form, add and remove; reports every change. */
class OrderLinesEditor extends Div {

    private final OrderForm form;
    private final CatalogApi catalog;
    private final Paging paging;
    private final Runnable onChange;
    private final Div rows = new Div();
    private final List<OrderLineRow> lineRows = new ArrayList<>();

    OrderLinesEditor(OrderForm form, CatalogApi catalog, Paging paging, Runnable onChange) {
        this.form = form;
        this.catalog = catalog;
        this.paging = paging;
        this.onChange = onChange;
        setId("order-lines");
        addClassName("order-lines");
        Button add = new Button(getTranslation("order.addLine"), new Icon(VaadinIcon.PLUS), click -> addEmptyLine());
        add.setId("order-add-line");
        add(rows, add);
        if (form.lines().isEmpty()) {
            form.addLine(null);
        }
        form.lines().forEach(this::addRow);
        renumber();
    }

    private void addEmptyLine() {
        addRow(form.addLine(null));
        renumber();
        lineRows.getLast().productField().getElement().callJsFunction("focus");
        onChange.run();
    }

    private void addRow(OrderForm.Line line) {
        OrderLineRow row = new OrderLineRow(line, catalog, paging, this::changed, this::remove);
        lineRows.add(row);
        rows.add(row);
    }

    private void changed(OrderLineRow row) {
        if (row.line().product() != null
                && form.lineOf(row.line().product().sku()).filter(first -> first != row.line()).isPresent()) {
            row.markDuplicate();
        }
        onChange.run();
    }

    private void remove(OrderLineRow row) {
        form.removeLine(row.line());
        lineRows.remove(row);
        rows.remove(row);
        renumber();
        onChange.run();
    }

    private void renumber() {
        for (int i = 0; i < lineRows.size(); i++) {
            lineRows.get(i).number(i);
        }
    }

    /**
     * The rows' fields in form order, which is the order of the submitted lines; with {@code chosenOnly} only
     * the rows with a product, as a saved form holds them.
     */
    List<OrderErrors.LineFields<HasValidation>> fields(boolean chosenOnly) {
        return lineRows.stream().filter(row -> !chosenOnly || row.line().product() != null)
                .map(OrderLineRow::fields).toList();
    }
}
