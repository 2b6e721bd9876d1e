package io.canale.portal.order;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.UserError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands confirmed goods of an order to a carrier: which active carrier, how many packages (1 to 999), and how many
 * units of each line left to hand over go along — everything left unless the supplier lowers a line (0 leaves it for a
 * later hand-over).
 */
class ShipmentHandOverDialog extends Dialog {

    static final int MAX_PACKAGES = 999;

    private final ComboBox<PartnerRef> carrier = new ComboBox<>();
    private final IntegerField packages = new IntegerField();
    /** Per line number with units left, the field for the units handed over now. */
    private final Map<Integer, IntegerField> quantities = new LinkedHashMap<>();
    private final Map<Integer, Integer> left = new LinkedHashMap<>();
    private final Span message = new Span();
    /** The lines as last sent, so that an error on {@code lines.<i>} finds its field. */
    private List<ShipmentApi.HandOverLineInput> sent = List.of();

    ShipmentHandOverDialog(Order order, List<PartnerRef> carriers) {
        setId("handover-dialog");
        setHeaderTitle(getTranslation("supplierOrders.handOver.title", order.dealer().name()));
        configureCarrier(carriers);
        configurePackages();
        message.addClassName("form-message");
        add(new FormLayout(carrier, packages), lines(order), message);
        Button handOver = new Button(getTranslation("supplierOrders.handOver"), click -> validateAndConfirm());
        handOver.setId("handover-confirm");
        handOver.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("handover-cancel");
        getFooter().add(cancel, handOver);
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

    /** One quantity per line with units left, filled in with all of them. */
    private Div lines(Order order) {
        Div lines = new Div();
        lines.setId("handover-lines");
        lines.addClassName("handover-lines");
        for (OrderLine line : order.lines()) {
            if (line.unitsLeftToShip() == 0) {
                continue;
            }
            IntegerField quantity = new IntegerField(getTranslation("supplierOrders.handOver.line", line.line(), line.sku(), line.name()));
            quantity.setId("handover-line-" + line.line() + "-quantity");
            quantity.setMin(0);
            quantity.setMax(line.unitsLeftToShip());
            quantity.setValue(line.unitsLeftToShip());
            quantity.setStepButtonsVisible(true);
            quantity.setHelperText(getTranslation("supplierOrders.handOver.left", line.unitsLeftToShip()));
            quantity.setWidthFull();
            quantities.put(line.line(), quantity);
            left.put(line.line(), line.unitsLeftToShip());
            lines.add(quantity);
        }
        return lines;
    }

    private void validateAndConfirm() {
        boolean carrierMissing = carrier.getValue() == null;
        carrier.setErrorMessage(getTranslation("validation.required"));
        carrier.setInvalid(carrierMissing);
        Integer count = packages.getValue();
        boolean packagesInvalid = count == null || count < 1 || count > MAX_PACKAGES;
        packages.setErrorMessage(getTranslation("supplierOrders.packages.range", MAX_PACKAGES));
        packages.setInvalid(packagesInvalid);
        List<ShipmentApi.HandOverLineInput> chosen = new ArrayList<>();
        boolean linesInvalid = false;
        for (var entry : quantities.entrySet()) {
            IntegerField field = entry.getValue();
            Integer units = field.getValue();
            boolean invalid = units == null || units < 0 || units > left.get(entry.getKey());
            field.setErrorMessage(getTranslation("supplierOrders.handOver.range", left.get(entry.getKey())));
            field.setInvalid(invalid);
            linesInvalid |= invalid;
            if (!invalid && units > 0) {
                chosen.add(new ShipmentApi.HandOverLineInput(entry.getKey(), units));
            }
        }
        boolean nothing = !linesInvalid && chosen.isEmpty();
        message.setText(nothing ? getTranslation("supplierOrders.handOver.nothing") : "");
        if (!carrierMissing && !packagesInvalid && !linesInvalid && !nothing) {
            sent = List.copyOf(chosen);
            fireEvent(new HandOverEvent(this, carrier.getValue().id(), count, sent));
        }
    }

    void showUserErrors(List<UserError> errors) {
        FieldPaths<HasValidation> paths = new FieldPaths<HasValidation>().bind("carrierId", carrier).bind("packages", packages);
        for (int i = 0; i < sent.size(); i++) {
            paths.bind("lines." + i, quantities.get(sent.get(i).line()));
        }
        message.setText(UserErrorDisplay.show(errors, paths));
    }

    Registration addHandOverListener(ComponentEventListener<HandOverEvent> listener) {
        return addListener(HandOverEvent.class, listener);
    }

    /** The supplier chose a carrier, the number of packages and the units per line. */
    static final class HandOverEvent extends ComponentEvent<ShipmentHandOverDialog> {

        private final String carrierId;
        private final int packages;
        private final List<ShipmentApi.HandOverLineInput> lines;

        HandOverEvent(ShipmentHandOverDialog source, String carrierId, int packages, List<ShipmentApi.HandOverLineInput> lines) {
            super(source, false);
            this.carrierId = carrierId;
            this.packages = packages;
            this.lines = lines;
        }

        String carrierId() {
            return carrierId;
        }

        int packages() {
            return packages;
        }

        List<ShipmentApi.HandOverLineInput> lines() {
            return lines;
        }
    }
}
