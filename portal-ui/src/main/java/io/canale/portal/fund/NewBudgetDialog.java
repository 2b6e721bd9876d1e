package io.canale.portal.fund;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.canale.portal.AmountField;
import io.canale.portal.DatePickers;
import io.canale.portal.Notifications;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.WholeNumberField;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.MoneyInput;
import io.canale.portal.fund.FundInputs.CreateFundBudgetInput;
import io.canale.portal.fund.FundInputs.FundBudgetPayload;
import java.util.List;

/** Staff set up a budget: name, amount and currency, period and claim deadline rule; the API checks it and says what is wrong. */
class NewBudgetDialog extends Dialog {

    private final TextField name = new TextField();
    private final AmountField amount = new AmountField();
    private final TextField currency = new TextField();
    private final DatePicker startsOn = DatePickers.localized(new DatePicker());
    private final DatePicker endsOn = DatePickers.localized(new DatePicker());
    private final WholeNumberField claimDays = new WholeNumberField();

    NewBudgetDialog(FundApi api, Runnable created) {
        setHeaderTitle(getTranslation("fundBudgets.new"));
        setId("new-budget-dialog");
        configureFields();
        FormLayout form = new FormLayout(name, amount, currency, claimDays, startsOn, endsOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);
        Button save = new Button(getTranslation("fundBudgets.create"), click -> {
            List.<HasValidation>of(name, amount, currency, startsOn, endsOn, claimDays).forEach(field -> field.setInvalid(false));
            FundBudgetPayload payload = api.createBudget(new CreateFundBudgetInput(name.getValue().trim(),
                    new MoneyInput(amount.getValue() == null ? "" : amount.getValue().toPlainString(), currency.getValue().trim()),
                    startsOn.getValue(), endsOn.getValue(), claimDays.getValue() == null ? -1 : claimDays.getValue()));
            if (payload.succeeded()) {
                close();
                Notifications.success(getTranslation("fundBudgets.created", payload.fundBudget().name()));
                created.run();
            } else {
                UserErrorDisplay.showOrNotify(payload.userErrors(), new FieldPaths<HasValidation>().bind("name", name)
                        .bind("amount.amount", amount).bind("amount.currency", currency).bind("amount", amount).bind("startsOn", startsOn)
                        .bind("endsOn", endsOn).bind("claimDays", claimDays));
            }
        });
        save.setId("new-budget-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(40rem, 95vw)");
    }

    private void configureFields() {
        name.setId("budget-name");
        name.setLabel(getTranslation("fundBudgets.name"));
        amount.setId("budget-amount");
        amount.setLabel(getTranslation("fundBudgets.amount"));
        currency.setId("budget-currency");
        currency.setLabel(getTranslation("incentiveAdmin.currency"));
        currency.setValue("EUR");
        startsOn.setId("budget-starts-on");
        startsOn.setLabel(getTranslation("fund.startsOn"));
        endsOn.setId("budget-ends-on");
        endsOn.setLabel(getTranslation("fund.endsOn"));
        claimDays.setId("budget-claim-days");
        claimDays.setLabel(getTranslation("fundBudgets.claimDays"));
        claimDays.setValue(30);
    }
}
