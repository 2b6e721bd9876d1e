package io.canale.portal.order;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.DatePickers;
import io.canale.portal.DateTimes;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.UserError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The supplier answers an order line by line. Raises {@link AnswerEvent} with an answer that passed the
 * same checks as the backend's; the backend's own refusals land on the same fields. After a version
 * conflict the view shows the order as it is now, with a message, and the supplier answers again.
 */
class SupplierAnswerDialog extends Dialog {

    private final LocalDate today;
    private final Div content = new Div();
    private final Span message = new Span();
    private final List<SupplierAnswerLine> lines = new ArrayList<>();
    private Order order;

    SupplierAnswerDialog(Order order, LocalDate today) {
        this.today = today;
        setId("answer-dialog");
        setHeaderTitle(getTranslation("supplierOrders.answer.title", order.dealer().name()));
        message.addClassName("form-message");
        message.setId("answer-message");
        add(message, content);
        Button send = new Button(getTranslation("supplierOrders.send"), click -> validateAndSend());
        send.setId("answer-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), send);
        setWidth("min(48rem, 100vw)");
        render(order);
    }

    private void render(Order current) {
        this.order = current;
        lines.clear();
        content.removeAll();
        content.add(summary(), promiseAll());
        current.lines().forEach(line -> lines.add(new SupplierAnswerLine(line, today)));
        lines.forEach(content::add);
    }

    private Component summary() {
        Paragraph summary = new Paragraph(getTranslation("supplierOrders.answer.summary",
                DateTimes.format(order.requestedDate(), getLocale()), order.deliveryAddress().city()));
        if (order.endCustomer() != null) {
            summary.add(" · " + getTranslation("supplierOrders.endCustomer", order.endCustomer().name()));
        }
        return summary;
    }

    /** One date for every line: most orders are promised as a whole. */
    private Component promiseAll() {
        DatePicker all = DatePickers.localized(new DatePicker(getTranslation("supplierOrders.promiseAll")));
        all.setId("answer-promise-all");
        all.setMin(today);
        all.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                lines.forEach(line -> line.promiseIfEmpty(change.getValue()));
            }
        });
        return all;
    }

    private void validateAndSend() {
        SupplierAnswer answer = new SupplierAnswer(order.id(), order.version(),
                lines.stream().map(SupplierAnswerLine::answer).toList());
        List<UserError> problems = answer.problems();
        if (problems.isEmpty()) {
            fireEvent(new AnswerEvent(this, answer));
        } else {
            showUserErrors(problems);
        }
    }

    void showUserErrors(List<UserError> errors) {
        lines.forEach(SupplierAnswerLine::clearErrors);
        FieldPaths<HasValidation> fields = new FieldPaths<>();
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).bind(fields, i);
        }
        message.setText(UserErrorDisplay.show(errors, fields));
    }

    /** Someone changed the order meanwhile: show it as it is now, and say so. */
    void showChanged(Order current) {
        render(current);
        message.setText(getTranslation("supplierOrders.conflict"));
    }

    Registration addAnswerListener(ComponentEventListener<AnswerEvent> listener) {
        return addListener(AnswerEvent.class, listener);
    }

    /** The supplier sends an answer that passed the form's checks. */
    static final class AnswerEvent extends ComponentEvent<SupplierAnswerDialog> {

        private final SupplierAnswer answer;

        AnswerEvent(SupplierAnswerDialog source, SupplierAnswer answer) {
            super(source, false);
            this.answer = answer;
        }

        SupplierAnswer answer() {
            return answer;
        }
    }
}
