package io.canale.portal.servicecase;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.PartnerRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The dialogs of the return flow: staff authorise lines and quantities, the dealer (or staff) hands the goods of one
 * order to a carrier, the supplier records what arrived of one line and decides. A refused move keeps its dialog open
 * with each typed error under its field (the rest above the buttons); a change or a version conflict goes to the page.
 */
class ReturnDialogs {

    private final ServiceCase serviceCase;
    private final ServiceCaseApi api;
    private final Consumer<ServiceCasePayload> answer;

    ReturnDialogs(ServiceCase serviceCase, ServiceCaseApi api, Consumer<ServiceCasePayload> answer) {
        this.serviceCase = serviceCase;
        this.api = api;
        this.answer = answer;
    }

    void authorize() {
        new AuthorizeDialog().open();
    }

    void ship() {
        new ShipDialog(api.carriers()).open();
    }

    void inspect(ServiceCase.ReturnLine line) {
        new InspectDialog(line).open();
    }

    /** A dialog that sends one move and shows why it was refused. */
    private abstract class MoveDialog extends Dialog {

        private final Span message = new Span();

        MoveDialog(String id, String titleKey) {
            setId(id);
            setHeaderTitle(getTranslation(titleKey));
            message.setId(id + "-message");
            message.addClassName("form-message");
            Button confirm = new Button(getTranslation(titleKey), click -> confirm());
            confirm.setId(id + "-confirm");
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
            setWidth("min(32rem, 95vw)");
        }

        /** Adds the form and the line for errors that belong to no field. */
        void content(Component... components) {
            add(components);
            add(message);
        }

        /** Checks the fields; answers whether the move may be sent. */
        abstract boolean valid();

        abstract ServiceCasePayload send();

        /** Where the move's error paths (below {@code input}) are shown. */
        abstract FieldPaths<HasValidation> fields();

        private void confirm() {
            message.setText("");
            if (!valid()) {
                return;
            }
            ServiceCasePayload payload = send();
            if (payload.succeeded() || payload.versionConflict()) {
                close();
                answer.accept(payload);
            } else {
                message.setText(UserErrorDisplay.show(payload.userErrors(), fields()));
            }
        }
    }

    /** Staff choose linked lines and how many of each may go back. */
    private final class AuthorizeDialog extends MoveDialog {

        private final List<Checkbox> chosen = new ArrayList<>();
        private final List<IntegerField> quantities = new ArrayList<>();
        private final Span noneChosen = new Span();
        /** The fields of the lines sent, in the order sent: error paths name lines by that index. */
        private final List<IntegerField> sent = new ArrayList<>();

        AuthorizeDialog() {
            super("case-return-authorize-dialog", "case.return.authorize");
            FormLayout form = singleColumn();
            serviceCase.lines().forEach(line -> configureLine(form, line));
            noneChosen.addClassName("form-message");
            content(new Div(getTranslation("case.return.authorize.hint")), form, noneChosen);
        }

        private void configureLine(FormLayout form, ServiceCase.Line line) {
            String key = line.orderId() + "-" + line.line();
            Checkbox choose = new Checkbox(line.sku() + " · " + line.name(), true);
            choose.setId("case-return-choose-" + key);
            IntegerField quantity = quantity("case-return-quantity-" + key, getTranslation("case.return.quantity", line.quantity()),
                    1, line.quantity(), line.quantity());
            choose.addValueChangeListener(change -> quantity.setEnabled(change.getValue()));
            chosen.add(choose);
            quantities.add(quantity);
            form.add(choose, quantity);
        }

        @Override
        boolean valid() {
            boolean valid = true;
            boolean any = false;
            for (int i = 0; i < chosen.size(); i++) {
                if (chosen.get(i).getValue()) {
                    any = true;
                    valid &= inRange(quantities.get(i), 1, serviceCase.lines().get(i).quantity());
                }
            }
            noneChosen.setText(any ? "" : getTranslation("case.return.chooseLine"));
            return valid && any;
        }

        @Override
        ServiceCasePayload send() {
            List<ServiceCaseApi.ReturnLineInput> lines = new ArrayList<>();
            sent.clear();
            for (int i = 0; i < chosen.size(); i++) {
                if (chosen.get(i).getValue()) {
                    ServiceCase.Line line = serviceCase.lines().get(i);
                    lines.add(new ServiceCaseApi.ReturnLineInput(line.orderId(), line.line(), quantities.get(i).getValue()));
                    sent.add(quantities.get(i));
                }
            }
            return api.authorizeReturn(serviceCase, lines);
        }

        @Override
        FieldPaths<HasValidation> fields() {
            FieldPaths<HasValidation> fields = new FieldPaths<>();
            for (int i = 0; i < sent.size(); i++) {
                fields.bind("lines." + i, sent.get(i));
            }
            return fields;
        }
    }

    /** The dealer (or staff) hands the authorised goods of one order to a carrier. */
    private final class ShipDialog extends MoveDialog {

        private final Select<String> order = new Select<>();
        private final ComboBox<PartnerRef> carrier = new ComboBox<>();
        private final IntegerField packages;

        ShipDialog(List<PartnerRef> carriers) {
            super("case-return-ship-dialog", "case.return.ship");
            configureOrder();
            configureCarrier(carriers);
            packages = quantity("case-return-packages", getTranslation("case.return.packages"), 1, 999, 1);
            FormLayout form = singleColumn();
            form.add(order, carrier, packages);
            content(form);
        }

        private void configureOrder() {
            List<String> orders = serviceCase.returnAuthorization().ordersToShip();
            order.setId("case-return-order");
            order.setLabel(getTranslation("case.return.order"));
            order.setItems(orders);
            order.setItemLabelGenerator(this::orderLabel);
            order.setValue(orders.getFirst());
            order.setWidthFull();
        }

        /** The order by the SKUs of its authorised lines (its id says nothing to a reader). */
        private String orderLabel(String orderId) {
            if (orderId == null) {
                return "";
            }
            return String.join(", ", serviceCase.returnAuthorization().lines().stream().filter(line -> line.orderId().equals(orderId))
                    .map(line -> getTranslation("case.return.line", line.sku(), line.quantity())).toList());
        }

        private void configureCarrier(List<PartnerRef> carriers) {
            carrier.setId("case-return-carrier");
            carrier.setLabel(getTranslation("case.return.carrier"));
            carrier.setItems(carriers);
            carrier.setItemLabelGenerator(PartnerRef::name);
            carrier.setRequiredIndicatorVisible(true);
            carrier.setWidthFull();
        }

        @Override
        boolean valid() {
            return required(carrier, carrier.getValue() != null) & required(order, order.getValue() != null) & inRange(packages, 1, 999);
        }

        @Override
        ServiceCasePayload send() {
            return api.shipReturn(serviceCase, order.getValue(), carrier.getValue().id(), packages.getValue());
        }

        @Override
        FieldPaths<HasValidation> fields() {
            return new FieldPaths<HasValidation>().bind("orderId", order).bind("carrierId", carrier).bind("packages", packages);
        }
    }

    /** The supplier records what arrived of one line, in what state, and what it decides. */
    private final class InspectDialog extends MoveDialog {

        private final ServiceCase.ReturnLine line;
        private final IntegerField received;
        private final Select<ServiceCase.Condition> condition = new Select<>();
        private final Select<ServiceCase.Outcome> outcome = new Select<>();
        private final TextArea reason = new TextArea();

        InspectDialog(ServiceCase.ReturnLine line) {
            super("case-return-inspect-dialog", "case.return.inspect");
            this.line = line;
            received = quantity("case-return-received", getTranslation("case.return.received"), 0, line.quantity(), line.quantity());
            configureChoice(condition, "case-return-condition", "case.return.condition", "returnCondition", ServiceCase.Condition.values());
            configureChoice(outcome, "case-return-outcome", "case.return.outcome", "returnOutcome", ServiceCase.Outcome.values());
            configureReason();
            FormLayout form = singleColumn();
            form.add(received, condition, outcome, reason);
            content(new Div(getTranslation("case.return.line", line.sku(), line.quantity())), form);
        }

        private <E extends Enum<E>> void configureChoice(Select<E> select, String id, String labelKey, String valuePrefix, E[] values) {
            select.setId(id);
            select.setLabel(getTranslation(labelKey));
            select.setItems(values);
            select.setItemLabelGenerator(value -> value == null ? "" : getTranslation(valuePrefix + "." + value.name()));
            select.setRequiredIndicatorVisible(true);
            select.setWidthFull();
        }

        private void configureReason() {
            reason.setId("case-return-reason");
            reason.setLabel(getTranslation("reason.label"));
            reason.setMaxLength(500);
            reason.setWidthFull();
        }

        @Override
        boolean valid() {
            boolean valid = inRange(received, 0, line.quantity()) & required(condition, condition.getValue() != null)
                    & required(outcome, outcome.getValue() != null);
            // A rejection says why; the other outcomes may.
            boolean reasonGiven = outcome.getValue() != ServiceCase.Outcome.REJECT || !reason.getValue().isBlank();
            reason.setErrorMessage(reasonGiven ? null : getTranslation("case.return.reasonRequired"));
            reason.setInvalid(!reasonGiven);
            return valid && reasonGiven;
        }

        @Override
        ServiceCasePayload send() {
            String why = reason.getValue().isBlank() ? null : reason.getValue().trim();
            return api.inspectReturn(serviceCase, List.of(new ServiceCaseApi.ReturnInspectionInput(line.orderId(), line.line(),
                    received.getValue(), condition.getValue(), outcome.getValue(), why)));
        }

        @Override
        FieldPaths<HasValidation> fields() {
            return new FieldPaths<HasValidation>().bind("lines.0.receivedQuantity", received).bind("lines.0.condition", condition)
                    .bind("lines.0.outcome", outcome).bind("lines.0.reason", reason);
        }
    }

    private static FormLayout singleColumn() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }

    private static IntegerField quantity(String id, String label, int min, int max, int value) {
        IntegerField field = new IntegerField(label);
        field.setId(id);
        field.setMin(min);
        field.setMax(max);
        field.setValue(value);
        field.setStepButtonsVisible(true);
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
        return field;
    }

    /** Whether the field holds a number from min to max; marks it otherwise (a disabled field is not checked). */
    private static boolean inRange(IntegerField field, int min, int max) {
        Integer value = field.getValue();
        boolean valid = value != null && value >= min && value <= max;
        field.setErrorMessage(valid ? null : UI.getCurrent().getTranslation("case.return.range", min, max));
        field.setInvalid(!valid);
        return valid;
    }

    private static boolean required(HasValidation field, boolean given) {
        field.setErrorMessage(given ? null : UI.getCurrent().getTranslation("validation.required"));
        field.setInvalid(!given);
        return given;
    }
}
