package io.canale.portal.fund;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.AmountField;
import io.canale.portal.Amounts;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.Money;
import io.canale.portal.api.UserError;
import java.math.BigDecimal;
import java.util.List;

/**
 * Staff approve a fund request, or its claim, for what was asked or less, with an optional comment; raises
 * {@link ApproveEvent}. The amount starts at what was asked; the API refuses more (its user error lands on the amount).
 */
class ApproveFundsDialog extends Dialog {

    private final AmountField amount = new AmountField();
    private final TextArea comment = new TextArea();

    /** The request's approval: at most the requested amount. */
    static ApproveFundsDialog forRequest(FundAllocation.Request request) {
        return new ApproveFundsDialog("fund.approve.title", request.title(), request.requestedAmount(),
                "fund.approve.lessHint", "fund.approve");
    }

    /** The claim's approval: at most the claimed amount. */
    static ApproveFundsDialog forClaim(FundAllocation.Request request) {
        return new ApproveFundsDialog("fund.approveClaim.title", request.title(), request.claim().amount(), "fund.approveClaim.lessHint",
                "fund.approveClaim");
    }

    private ApproveFundsDialog(String titleKey, String title, Money asked, String hintKey, String confirmKey) {
        setHeaderTitle(getTranslation(titleKey, title));
        setId("approve-funds-dialog");
        amount.setId("approve-funds-amount");
        amount.setLabel(getTranslation("fund.amount", asked.currency()));
        amount.setValue(asked.value());
        amount.setHelperText(getTranslation(hintKey, Amounts.format(asked, getLocale())));
        comment.setId("approve-funds-comment");
        comment.setLabel(getTranslation("fund.comment"));
        comment.setMaxLength(FundsView.MAX_TEXT);
        FormLayout form = new FormLayout(amount, comment);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button approve = new Button(getTranslation(confirmKey), click -> validateAndApprove());
        approve.setId("approve-funds-confirm");
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), approve);
        setWidth("min(32rem, 95vw)");
    }

    private void validateAndApprove() {
        BigDecimal value = amount.getValue();
        if (value == null || value.signum() <= 0) {
            amount.setErrorMessage(getTranslation("validation.required"));
            amount.setInvalid(true);
            return;
        }
        String text = comment.getValue().trim();
        fireEvent(new ApproveEvent(this, value, text.isEmpty() ? null : text));
    }

    void showUserErrors(List<UserError> errors) {
        UserErrorDisplay.showOrNotify(errors, new FieldPaths<com.vaadin.flow.component.HasValidation>().bind("amount", amount)
                .bind("comment", comment));
    }

    Registration addApproveListener(ComponentEventListener<ApproveEvent> listener) {
        return addListener(ApproveEvent.class, listener);
    }

    static final class ApproveEvent extends ComponentEvent<ApproveFundsDialog> {

        private final BigDecimal amount;
        private final String comment;

        ApproveEvent(ApproveFundsDialog source, BigDecimal amount, String comment) {
            super(source, false);
            this.amount = amount;
            this.comment = comment;
        }

        BigDecimal amount() {
            return amount;
        }

        String comment() {
            return comment;
        }
    }
}
