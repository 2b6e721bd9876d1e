package io.canale.portal.order;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.canale.portal.Amounts;
import io.canale.portal.DateTimes;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The last look before an order is submitted: one section per supplier (the order each becomes) with its lines and
 * total, the requested date and the delivery address. Submitting happens from here; "back" returns to the form
 * unchanged. Totals are the preview's (prices the dealer sees today); the backend freezes them at submission.
 */
class OrderReviewDialog extends Dialog {

    OrderReviewDialog(OrderForm form, Runnable submit) {
        setId("order-review");
        setHeaderTitle(getTranslation("order.review.title"));
        addClassName("order-review");
        PricePreview preview = PricePreview.of(form.lines());
        Div content = new Div();
        content.addClassName("order-review-content");
        for (PricePreview.SupplierTotal supplier : preview.suppliers()) {
            content.add(supplierSection(form, supplier));
        }
        content.add(fact("order.requestedDate", DateTimes.format(form.getRequestedDate()), "order-review-date"),
                fact("order.deliveryAddress", address(form.address()), "order-review-address"));
        if (!form.getCustomerName().isBlank()) {
            content.add(fact("order.customer", form.getCustomerName().trim(), "order-review-customer"));
        }
        if (preview.suppliers().size() > 1) {
            content.add(fact("order.review.total", amounts(preview.totals()), "order-review-total"));
            Span split = new Span(getTranslation("order.preview.split", preview.suppliers().size()));
            split.addClassName("order-review-note");
            content.add(split);
        }
        add(content);
        Button confirm = new Button(getTranslation("order.review.submit"), new Icon(VaadinIcon.PAPERPLANE));
        confirm.setId("order-review-submit");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> {
            close();
            submit.run();
        });
        Button back = new Button(getTranslation("order.review.back"), click -> close());
        back.setId("order-review-back");
        back.addThemeVariants(ButtonVariant.TERTIARY);
        getFooter().add(back, confirm);
    }

    private Component supplierSection(OrderForm form, PricePreview.SupplierTotal supplier) {
        Div section = new Div();
        section.addClassName("order-review-supplier");
        section.setId("order-review-supplier-" + supplier.supplier().id());
        section.add(new H4(supplier.supplier().name()));
        List<OrderForm.Line> lines = form.lines().stream().filter(line -> line.product() != null
                && line.product().supplier().id().equals(supplier.supplier().id())).toList();
        for (OrderForm.Line line : lines) {
            Div row = new Div(new Span(line.product().sku() + " · " + line.product().name()),
                    new Span("× " + line.quantity()),
                    new Span(PricePreview.lineTotal(line).map(total -> Amounts.format(total, getLocale())).orElse("–")));
            row.addClassName("order-review-line");
            section.add(row);
        }
        Div total = new Div(new Span(getTranslation("order.review.supplierTotal")), new Span(amounts(supplier.totals())));
        total.addClassName("order-review-supplier-total");
        section.add(total);
        return section;
    }

    private Component fact(String labelKey, String value, String id) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("profile-label");
        Span text = new Span(value);
        text.setId(id);
        Div fact = new Div(label, text);
        fact.addClassName("order-review-fact");
        return fact;
    }

    private String address(Order.DeliveryAddress address) {
        String country = address.country() == null ? "" : Locale.of("", address.country()).getDisplayCountry(getLocale());
        return String.join(", ", address.recipient(), address.street(), address.postalCode() + " " + address.city(), country);
    }

    private String amounts(Map<String, BigDecimal> byCurrency) {
        return new LinkedHashMap<>(byCurrency).entrySet().stream()
                .map(entry -> Amounts.format(entry.getValue().toPlainString(), entry.getKey(), getLocale()))
                .collect(Collectors.joining(" + "));
    }
}
