package io.canale.portal.fund;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.AmountField;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.MoneyInput;
import io.canale.portal.api.UserError;
import io.canale.portal.fund.FundInputs.RequestFundsInput;
import java.math.BigDecimal;
import java.util.List;

/** The partner asks for funds from one allocation; raises {@link RequestEvent} with complete input (the API checks the rest). */
class RequestFundsDialog extends Dialog {

    static final int MAX_TITLE = 200;
    static final int MAX_PLAN = 5_000;

    private final FundAllocation allocation;
    private final Select<FundAllocation.Activity> activity = new Select<>();
    private final TextField title = new TextField();
    private final TextArea plan = new TextArea();
    private final AmountField amount = new AmountField();
    private final DatePicker startsOn = new DatePicker();
    private final DatePicker endsOn = new DatePicker();

    RequestFundsDialog(FundAllocation allocation) {
        this.allocation = allocation;
        setHeaderTitle(getTranslation("funds.request.title", allocation.budgetName()));
        setId("request-funds-dialog");
        configureFields();
        FormLayout form = new FormLayout(activity, title, plan, amount, startsOn, endsOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(plan, 2);
        add(form);
        Button send = new Button(getTranslation("funds.request.send"), click -> validateAndSend());
        send.setId("request-funds-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), send);
        setWidth("min(40rem, 95vw)");
    }

    private void configureFields() {
        activity.setId("fund-activity");
        activity.setLabel(getTranslation("fund.activity"));
        activity.setItems(FundAllocation.Activity.values());
        activity.setItemLabelGenerator(value -> getTranslation("fundActivity." + value));
        title.setId("fund-title");
        title.setLabel(getTranslation("fund.requestTitle"));
        title.setMaxLength(MAX_TITLE);
        plan.setId("fund-plan");
        plan.setLabel(getTranslation("fund.plan"));
        plan.setMaxLength(MAX_PLAN);
        amount.setId("fund-amount");
        amount.setLabel(getTranslation("fund.amount", allocation.amount().currency()));
        startsOn.setId("fund-starts-on");
        startsOn.setLabel(getTranslation("fund.startsOn"));
        startsOn.setLocale(getLocale());
        endsOn.setId("fund-ends-on");
        endsOn.setLabel(getTranslation("fund.endsOn"));
        endsOn.setLocale(getLocale());
    }

    private void validateAndSend() {
        boolean complete = true;
        for (HasValidation field : List.<HasValidation>of(activity, title, plan, amount, startsOn, endsOn)) {
            field.setInvalid(false);
        }
        complete &= require(activity, activity.getValue() != null);
        complete &= require(title, !title.getValue().isBlank());
        complete &= require(plan, !plan.getValue().isBlank());
        complete &= require(amount, amount.getValue() != null && amount.getValue().compareTo(BigDecimal.ZERO) > 0);
        complete &= require(startsOn, startsOn.getValue() != null);
        complete &= require(endsOn, endsOn.getValue() != null);
        if (complete) {
            fireEvent(new RequestEvent(this, new RequestFundsInput(allocation.id(), activity.getValue(), title.getValue().trim(),
                    plan.getValue().trim(), MoneyInput.of(amount.getValue(), allocation.amount().currency()), startsOn.getValue(),
                    endsOn.getValue())));
        }
    }

    private boolean require(HasValidation field, boolean given) {
        if (!given) {
            field.setErrorMessage(getTranslation("validation.required"));
            field.setInvalid(true);
        }
        return given;
    }

    void showUserErrors(List<UserError> errors) {
        UserErrorDisplay.showOrNotify(errors, new FieldPaths<HasValidation>().bind("activity", activity).bind("title", title)
                .bind("plan", plan).bind("amount", amount).bind("amount.amount", amount).bind("startsOn", startsOn).bind("endsOn", endsOn));
    }

    Registration addRequestListener(ComponentEventListener<RequestEvent> listener) {
        return addListener(RequestEvent.class, listener);
    }

    static final class RequestEvent extends ComponentEvent<RequestFundsDialog> {

        private final transient RequestFundsInput input;

        RequestEvent(RequestFundsDialog source, RequestFundsInput input) {
            super(source, false);
            this.input = input;
        }

        RequestFundsInput input() {
            return input;
        }
    }
}
