package io.canale.portal.fund;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.canale.portal.AmountField;
import io.canale.portal.DatePickers;
import io.canale.portal.Notifications;
import io.canale.portal.PagedComboBoxes;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.Paging;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.fund.FundInputs.AllocateFundsInput;
import io.canale.portal.fund.FundInputs.FundAllocationPayload;
import java.util.List;

/**
 * Staff allocate part of a budget to a dealer: a fixed amount, or a percentage of its delivered purchases in a period.
 * The API keeps allocations within the budget and says what is wrong.
 */
class AllocateFundsDialog extends Dialog {

    enum Basis { FIXED, PURCHASES }

    private final ComboBox<PartnerRef> dealer = new ComboBox<>();
    private final RadioButtonGroup<Basis> basis = new RadioButtonGroup<>();
    private final AmountField amount = new AmountField();
    private final AmountField percent = new AmountField();
    private final DatePicker from = DatePickers.localized(new DatePicker());
    private final DatePicker to = DatePickers.localized(new DatePicker());

    AllocateFundsDialog(FundBudget budget, FundApi api, Paging paging, Runnable allocated) {
        setHeaderTitle(getTranslation("fundBudgets.allocate.title", budget.name()));
        setId("allocate-funds-dialog");
        configureFields(budget);
        PagedComboBoxes.bind(dealer, paging, (text, first, after) -> api.dealers(first, after, text));
        FormLayout form = new FormLayout(dealer, basis, amount, percent, from, to);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(dealer, 2);
        form.setColspan(basis, 2);
        add(form);
        Button save = new Button(getTranslation("fundBudgets.allocate"), click -> {
            List.<HasValidation>of(dealer, amount, percent, from, to).forEach(field -> field.setInvalid(false));
            if (dealer.getValue() == null) {
                dealer.setErrorMessage(getTranslation("validation.required"));
                dealer.setInvalid(true);
                return;
            }
            boolean fixed = basis.getValue() == Basis.FIXED;
            FundAllocationPayload payload = api.allocate(new AllocateFundsInput(budget.id(), dealer.getValue().id(),
                    fixed && amount.getValue() != null ? amount.getValue().toPlainString() : null,
                    !fixed && percent.getValue() != null ? percent.getValue().toPlainString() : null,
                    fixed ? null : from.getValue(), fixed ? null : to.getValue()));
            if (payload.succeeded()) {
                close();
                Notifications.success(getTranslation("fundBudgets.allocated", dealer.getValue().name()));
                allocated.run();
            } else {
                UserErrorDisplay.showOrNotify(payload.userErrors(), new FieldPaths<HasValidation>().bind("partnerId", dealer)
                        .bind("amount", amount).bind("percentOfPurchases", percent).bind("purchasesFrom", from).bind("purchasesTo", to));
            }
        });
        save.setId("allocate-funds-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(40rem, 95vw)");
    }

    private void configureFields(FundBudget budget) {
        dealer.setId("allocate-dealer");
        dealer.setLabel(getTranslation("fundBudgets.dealer"));
        dealer.setItemLabelGenerator(PartnerRef::name);
        basis.setId("allocate-basis");
        basis.setLabel(getTranslation("fundBudgets.basis"));
        basis.setItems(Basis.values());
        basis.setItemLabelGenerator(value -> getTranslation("fundBudgets.basis." + value));
        basis.setValue(Basis.FIXED);
        amount.setId("allocate-amount");
        amount.setLabel(getTranslation("fund.amount", budget.amount().currency()));
        percent.setId("allocate-percent");
        percent.setLabel(getTranslation("fundBudgets.percent"));
        from.setId("allocate-from");
        from.setLabel(getTranslation("fundBudgets.purchasesFrom"));
        to.setId("allocate-to");
        to.setLabel(getTranslation("fundBudgets.purchasesTo"));
        basis.addValueChangeListener(change -> showBasis(change.getValue()));
        showBasis(Basis.FIXED);
    }

    private void showBasis(Basis chosen) {
        boolean fixed = chosen == Basis.FIXED;
        amount.setVisible(fixed);
        percent.setVisible(!fixed);
        from.setVisible(!fixed);
        to.setVisible(!fixed);
    }
}
