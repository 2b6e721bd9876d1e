package io.canale.portal.order;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.canale.portal.Amounts;
import io.canale.portal.RowActions;
import io.canale.portal.api.Paging;
import io.canale.portal.catalog.AvailabilityBadge;
import io.canale.portal.catalog.CatalogApi;
import io.canale.portal.catalog.Product;
import java.util.function.Consumer;

/**
 * One line of order entry: the product (searched by SKU), the quantity, and what the dealer learns from the
 * choice — supplier, unit price, line total and availability. Writes straight into its draft line.
 */
class OrderLineRow extends Div {

    private final OrderForm.Line line;
    private final ProductPicker product;
    private final IntegerField quantity = new IntegerField();
    private final Span supplier = new Span();
    private final Span unitPrice = new Span();
    private final Span lineTotal = new Span();
    private final Div availability = new Div();
    private final Button remove;

    OrderLineRow(OrderForm.Line line, CatalogApi catalog, Paging paging, Consumer<OrderLineRow> onChange,
            Consumer<OrderLineRow> onRemove) {
        this.line = line;
        this.product = new ProductPicker(catalog, paging);
        this.remove = RowActions.button(VaadinIcon.TRASH, getTranslation("order.removeLine"), () -> onRemove.accept(this));
        addClassName("order-line");
        configureProduct(onChange);
        configureQuantity(onChange);
        supplier.addClassName("order-line-supplier");
        unitPrice.addClassName("order-line-price");
        lineTotal.addClassName("order-line-total");
        availability.addClassName("order-line-availability");
        Div facts = new Div(supplier, unitPrice, lineTotal, availability);
        facts.addClassName("order-line-facts");
        add(product, quantity, remove, facts);
        showFacts();
    }

    private void configureProduct(Consumer<OrderLineRow> onChange) {
        product.setLabel(getTranslation("order.product"));
        product.setPlaceholder(getTranslation("order.product.placeholder"));
        product.setValue(line.product());
        product.addClassName("order-line-product");
        product.addValueChangeListener(change -> {
            line.product(change.getValue());
            product.setInvalid(false);
            showFacts();
            onChange.accept(this);
        });
    }

    private void configureQuantity(Consumer<OrderLineRow> onChange) {
        quantity.setLabel(getTranslation("order.quantity"));
        quantity.setMin(1);
        quantity.setMax(OrderForm.MAX_QUANTITY);
        quantity.setStepButtonsVisible(true);
        quantity.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(getTranslation("order.error.quantity"))
                .setMaxErrorMessage(getTranslation("order.error.quantity"))
                .setBadInputErrorMessage(getTranslation("order.error.quantity")));
        quantity.setValue(line.quantity());
        // Every keystroke updates the price preview, without a round trip per character.
        quantity.setValueChangeMode(ValueChangeMode.LAZY);
        quantity.addClassName("order-line-quantity");
        quantity.addValueChangeListener(change -> {
            line.quantity(change.getValue());
            showFacts();
            onChange.accept(this);
        });
    }

    private void showFacts() {
        Product chosen = line.product();
        supplier.setText(chosen == null ? "" : chosen.supplier().name());
        unitPrice.setText(chosen == null ? "" : chosen.price() == null ? getTranslation("product.noPrice")
                : getTranslation("order.unitPrice", Amounts.format(chosen.price(), getLocale())));
        lineTotal.setText(PricePreview.lineTotal(line).map(total -> Amounts.format(total, getLocale())).orElse(""));
        availability.removeAll();
        if (chosen != null) {
            availability.add(new AvailabilityBadge(chosen));
        }
    }

    /** Ids by position, so that tests and error messages name rows as the API does (from 0). */
    void number(int index) {
        setId("order-line-" + index);
        product.setId("order-line-" + index + "-sku");
        quantity.setId("order-line-" + index + "-quantity");
        lineTotal.setId("order-line-" + index + "-total");
        remove.setId("order-line-" + index + "-remove");
    }

    OrderForm.Line line() {
        return line;
    }

    OrderErrors.LineFields<HasValidation> fields() {
        return new OrderErrors.LineFields<>(product, quantity);
    }

    /** Marks the product as already ordered on another line; the API would refuse the second one. */
    void markDuplicate() {
        product.setErrorMessage(getTranslation("order.error.duplicateSku"));
        product.setInvalid(true);
    }

    Component productField() {
        return product;
    }
}
