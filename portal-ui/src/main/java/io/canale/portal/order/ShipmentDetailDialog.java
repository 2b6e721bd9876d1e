package io.canale.portal.order;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/**
 * Asks for the one detail an event carries: where the goods are (optional), who received them, what went
 * wrong. Raises {@link DetailEvent} with the trimmed text, null when an optional detail was left empty.
 */
class ShipmentDetailDialog extends Dialog {

    private final ShipmentEventType type;
    private final TextField detail = new TextField();

    ShipmentDetailDialog(ShipmentEventType type) {
        this.type = type;
        setId("shipment-detail-dialog");
        setHeaderTitle(getTranslation("shipmentEvent." + type));
        configureField();
        add(detail);
        Button confirm = new Button(getTranslation("shipment.record"), click -> validateAndConfirm());
        confirm.setId("shipment-detail-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LARGE);
        getFooter().add(cancel, confirm);
        setWidth("min(28rem, 95vw)");
    }

    private void configureField() {
        detail.setId("shipment-detail-text");
        detail.setLabel(getTranslation("shipmentDetail." + type.detail));
        detail.setMaxLength(type.detail.maxLength);
        detail.setRequiredIndicatorVisible(type.detail.required);
        detail.setWidthFull();
        detail.addKeyPressListener(Key.ENTER, enter -> validateAndConfirm());
    }

    private void validateAndConfirm() {
        String text = detail.getValue().trim();
        if (type.detail.required && text.isEmpty()) {
            detail.setErrorMessage(getTranslation("validation.required"));
            detail.setInvalid(true);
            return;
        }
        fireEvent(new DetailEvent(this, text.isEmpty() ? null : text));
    }

    Registration addDetailListener(ComponentEventListener<DetailEvent> listener) {
        return addListener(DetailEvent.class, listener);
    }

    /** The carrier gave the detail and confirmed. */
    static final class DetailEvent extends ComponentEvent<ShipmentDetailDialog> {

        private final String detail;

        DetailEvent(ShipmentDetailDialog source, String detail) {
            super(source, false);
            this.detail = detail;
        }

        String detail() {
            return detail;
        }
    }
}
