package io.canale.portal.order;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.UserError;
import java.util.List;

/** Hands a confirmed order to a carrier: which active carrier, how many packages (1 to 999). */
class ShipmentHandOverDialog extends Dialog {

    static final int MAX_PACKAGES = 999;

    private final ComboBox<PartnerRef> carrier = new ComboBox<>();
    private final IntegerField packages = new IntegerField();
    private final Span message = new Span();

    ShipmentHandOverDialog(Order order, List<PartnerRef> carriers) {
        setId("handover-dialog");
        setHeaderTitle(getTranslation("supplierOrders.handOver.title", order.dealer().name()));
        configureCarrier(carriers);
        configurePackages();
        message.addClassName("form-message");
        add(new FormLayout(carrier, packages), message);
        Button handOver = new Button(getTranslation("supplierOrders.handOver"), click -> validateAndConfirm());
        handOver.setId("handover-confirm");
        handOver.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), handOver);
        setWidth("min(30rem, 95vw)");
    }

    private void configureCarrier(List<PartnerRef> carriers) {
        carrier.setId("handover-carrier");
        carrier.setLabel(getTranslation("supplierOrders.carrier"));
        carrier.setItemLabelGenerator(PartnerRef::name);
        carrier.setRequiredIndicatorVisible(true);
        carrier.setWidthFull();
        carrier.setItems(carriers);
    }

    private void configurePackages() {
        packages.setId("handover-packages");
        packages.setLabel(getTranslation("supplierOrders.packages"));
        packages.setMin(1);
        packages.setMax(MAX_PACKAGES);
        packages.setStepButtonsVisible(true);
        packages.setValue(1);
        packages.setRequiredIndicatorVisible(true);
    }

    private void validateAndConfirm() {
        boolean carrierMissing = carrier.getValue() == null;
        carrier.setErrorMessage(getTranslation("validation.required"));
        carrier.setInvalid(carrierMissing);
        Integer count = packages.getValue();
        boolean packagesInvalid = count == null || count < 1 || count > MAX_PACKAGES;
        packages.setErrorMessage(getTranslation("supplierOrders.packages.range", MAX_PACKAGES));
        packages.setInvalid(packagesInvalid);
        if (!carrierMissing && !packagesInvalid) {
            fireEvent(new HandOverEvent(this, carrier.getValue().id(), count));
        }
    }

    void showUserErrors(List<UserError> errors) {
        message.setText(UserErrorDisplay.show(errors, new FieldPaths<HasValidation>()
                .bind("carrierId", carrier).bind("packages", packages)));
    }

    Registration addHandOverListener(ComponentEventListener<HandOverEvent> listener) {
        return addListener(HandOverEvent.class, listener);
    }

    /** The supplier chose a carrier and the number of packages. */
    static final class HandOverEvent extends ComponentEvent<ShipmentHandOverDialog> {

        private final String carrierId;
        private final int packages;

        HandOverEvent(ShipmentHandOverDialog source, String carrierId, int packages) {
            super(source, false);
            this.carrierId = carrierId;
            this.packages = packages;
        }

        String carrierId() {
            return carrierId;
        }

        int packages() {
            return packages;
        }
    }
}
