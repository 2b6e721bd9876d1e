package io.canale.portal.order;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import io.canale.portal.Amounts;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/** The live price preview: one total per supplier (one order each) and the overall total per currency. */
class PricePreviewPanel extends Div {

    private final Div suppliers = new Div();
    private final Span total = new Span();
    private final Span note = new Span();

    PricePreviewPanel() {
        setId("order-preview");
        addClassName("order-preview");
        total.setId("order-preview-total");
        total.addClassName("order-preview-total");
        note.addClassName("order-preview-note");
        add(new H3(getTranslation("order.preview")), suppliers, total, note);
    }

    void show(PricePreview preview) {
        suppliers.removeAll();
        preview.suppliers().forEach(supplier -> {
            Div row = new Div(new Span(supplier.supplier().name()), new Span(amounts(supplier.totals())));
            row.addClassName("order-preview-supplier");
            suppliers.add(row);
        });
        total.setText(preview.isEmpty() ? getTranslation("order.preview.empty")
                : getTranslation("order.preview.total", amounts(preview.totals())));
        String split = preview.suppliers().size() > 1 ? getTranslation("order.preview.split", preview.suppliers().size()) : "";
        String unpriced = preview.unpricedLines() > 0 ? getTranslation("order.preview.unpriced", preview.unpricedLines()) : "";
        note.setText((split + " " + unpriced).trim());
    }

    private String amounts(Map<String, BigDecimal> byCurrency) {
        return byCurrency.entrySet().stream()
                .map(entry -> Amounts.format(entry.getValue().toPlainString(), entry.getKey(), getLocale()))
                .collect(Collectors.joining(" + "));
    }
}
