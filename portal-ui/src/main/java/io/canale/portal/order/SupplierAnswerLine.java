package io.canale.portal.order;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.canale.portal.DatePickers;
import io.canale.portal.api.FieldPaths;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * The supplier's answer to one order line: the quantity confirmed (the ordered quantity by default), the
 * delivery date promised and, when less than ordered, why. Stacks on a phone.
 */
class SupplierAnswerLine extends Div {

    private final OrderLine line;
    private final IntegerField confirmed = new IntegerField();
    private final DatePicker promised = DatePickers.localized(new DatePicker());
    private final TextField reason = new TextField();

    SupplierAnswerLine(OrderLine line, LocalDate today) {
        this.line = line;
        addClassName("answer-line");
        String id = "answer-line-" + line.line();
        setId(id);
        Span title = new Span(getTranslation("supplierOrders.line", line.line(), line.sku(), line.name(), line.quantity()));
        title.addClassName("answer-line-title");
        configureQuantity(id);
        configureDate(id, today);
        configureReason(id);
        Div fields = new Div(confirmed, promised, reason);
        fields.addClassName("answer-line-fields");
        add(title, fields);
    }

    private void configureQuantity(String id) {
        confirmed.setId(id + "-quantity");
        confirmed.setLabel(getTranslation("supplierOrders.confirmed"));
        confirmed.setMin(0);
        confirmed.setMax(line.quantity());
        confirmed.setStepButtonsVisible(true);
        confirmed.setValue(line.quantity());
        confirmed.setHelperText(getTranslation("supplierOrders.confirmed.help", line.quantity()));
        confirmed.addValueChangeListener(change -> showWhatIsRequired());
    }

    private void configureDate(String id, LocalDate today) {
        promised.setId(id + "-date");
        promised.setLabel(getTranslation("supplierOrders.promisedDate"));
        promised.setMin(today);
        promised.setRequiredIndicatorVisible(true);
    }

    private void configureReason(String id) {
        reason.setId(id + "-reason");
        reason.setLabel(getTranslation("supplierOrders.reason"));
        reason.setMaxLength(SupplierAnswer.MAX_REASON);
    }

    /** A date is needed when something is confirmed, a reason when less than ordered. */
    private void showWhatIsRequired() {
        SupplierAnswer.LineAnswer answer = answer();
        promised.setRequiredIndicatorVisible(answer.confirmsSomething() || answer.confirmedQuantity() == null);
        reason.setRequiredIndicatorVisible(answer.confirmsLess());
    }

    SupplierAnswer.LineAnswer answer() {
        return new SupplierAnswer.LineAnswer(line.line(), line.quantity(), confirmed.getValue(), promised.getValue(),
                reason.getValue());
    }

    /** Fills the promised date where none was picked yet. */
    void promiseIfEmpty(LocalDate date) {
        if (promised.getValue() == null) {
            promised.setValue(date);
        }
    }

    /** Routes errors at {@code lines.<index>.*} to this line's fields. */
    void bind(FieldPaths<HasValidation> fields, int index) {
        String prefix = "lines." + index + ".";
        fields.bind(prefix + "confirmedQuantity", confirmed).bind(prefix + "promisedDate", promised)
                .bind(prefix + "reason", reason);
    }

    void clearErrors() {
        Stream.<HasValidation>of(confirmed, promised, reason).forEach(field -> field.setInvalid(false));
    }
}
