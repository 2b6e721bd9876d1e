package io.canale.portal.stock;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.canale.portal.DatePickers;
import io.canale.portal.Notifications;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.WholeNumberField;
import io.canale.portal.api.FieldPaths;
import java.time.LocalDate;
import java.util.Locale;

/** Sets one SKU's stock by hand, for a quick correction between two uploads. */
class StockItemForm extends FormLayout {

    private final StockApi api;
    private final TextField sku = new TextField();
    private final WholeNumberField available = new WholeNumberField();
    private final WholeNumberField nextBatchQuantity = new WholeNumberField();
    private final DatePicker nextBatchEta = DatePickers.localized(new DatePicker());
    private final Span message = new Span();

    StockItemForm(StockApi api) {
        this.api = api;
        setId("stock-item-form");
        configureFields();
        Button publish = new Button(getTranslation("stock.publishOne"), click -> publish());
        publish.setId("stock-item-publish");
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        message.addClassName("form-message");
        add(sku, available, nextBatchQuantity, nextBatchEta, publish, message);
    }

    private void configureFields() {
        sku.setId("stock-item-sku");
        sku.setLabel(getTranslation("stock.sku"));
        sku.setRequiredIndicatorVisible(true);
        available.setId("stock-item-available");
        available.setLabel(getTranslation("stock.available"));
        available.setRequiredIndicatorVisible(true);
        nextBatchQuantity.setId("stock-item-next-quantity");
        nextBatchQuantity.setLabel(getTranslation("stock.nextBatchQuantity"));
        nextBatchEta.setId("stock-item-next-eta");
        nextBatchEta.setLabel(getTranslation("stock.nextBatchEta"));
        nextBatchEta.setMin(LocalDate.now());
    }

    private void publish() {
        message.setText("");
        if (available.isUnreadable() || nextBatchQuantity.isUnreadable()) {
            return; // the field already says how to write the quantity
        }
        String code = sku.getValue().strip().toUpperCase(Locale.ROOT);
        boolean missing = require(sku, code.isEmpty()) | require(available, available.getValue() == null)
                | require(nextBatchEta, nextBatchQuantity.getValue() != null && nextBatchEta.getValue() == null);
        if (missing) {
            return;
        }
        StockApi.PublishPayload payload = api.publish(code, available.getValue(), nextBatchQuantity.getValue(),
                nextBatchEta.getValue());
        if (payload.succeeded()) {
            Notifications.success(getTranslation("stock.published", code));
            return;
        }
        message.setText(UserErrorDisplay.show(payload.userErrors(), new FieldPaths<HasValidation>()
                .bind("items.0.sku", sku).bind("items.0.available", available)
                .bind("items.0.nextBatchQuantity", nextBatchQuantity).bind("items.0.nextBatchEta", nextBatchEta)));
    }

    /** Marks the field when the condition says it is missing; returns the condition. */
    private boolean require(HasValidation field, boolean missing) {
        field.setErrorMessage(getTranslation("validation.required"));
        field.setInvalid(missing);
        return missing;
    }
}
