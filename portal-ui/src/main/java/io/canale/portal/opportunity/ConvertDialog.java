package io.canale.portal.opportunity;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.AmountField;
import io.canale.portal.Amounts;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.UserError;
import java.math.BigDecimal;
import java.util.List;

/**
 * Converts an accepted lead into an opportunity, with an optional expected amount; raises
 * {@link ConvertEvent} with a positive amount (or none) and a three-letter currency.
 */
public class ConvertDialog extends Dialog {

    static final String DEFAULT_CURRENCY = "EUR";

    private final AmountField amount = new AmountField();
    private final TextField currency = new TextField();

    public ConvertDialog(String customer) {
        setHeaderTitle(getTranslation("lead.convert.title", customer));
        setId("convert-dialog");
        amount.setId("convert-amount");
        amount.setLabel(getTranslation("lead.convert.amount"));
        amount.setHelperText(getTranslation("lead.convert.amount.help"));
        currency.setId("convert-currency");
        currency.setLabel(getTranslation("lead.convert.currency"));
        currency.setValue(DEFAULT_CURRENCY);
        currency.setMaxLength(3);
        currency.setPattern("[A-Za-z]{3}");
        FormLayout form = new FormLayout(amount, currency);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("400px", 2));
        add(form);
        Button convert = new Button(getTranslation("lead.convert"), click -> validateAndConvert());
        convert.setId("convert-confirm");
        convert.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), convert);
        setWidth("min(30rem, 95vw)");
    }

    private void validateAndConvert() {
        if (amount.isUnreadable()) {
            return; // the field already says how to write the amount
        }
        BigDecimal value = amount.getValue();
        if (value != null && value.signum() <= 0) {
            amount.setErrorMessage(getTranslation("validation.positive"));
            amount.setInvalid(true);
            return;
        }
        String code = currency.getValue().trim().toUpperCase(getLocale());
        if (value != null && !Amounts.isCurrencyCode(code)) {
            currency.setErrorMessage(getTranslation("validation.currency"));
            currency.setInvalid(true);
            return;
        }
        fireEvent(new ConvertEvent(this, value, code));
    }

    public void showUserErrors(List<UserError> errors) {
        UserErrorDisplay.showOrNotify(errors, new FieldPaths<HasValidation>()
                .bind("amount", amount).bind("amount.amount", amount).bind("amount.currency", currency));
    }

    public Registration addConvertListener(ComponentEventListener<ConvertEvent> listener) {
        return addListener(ConvertEvent.class, listener);
    }

    public static final class ConvertEvent extends ComponentEvent<ConvertDialog> {

        private final BigDecimal amount;
        private final String currency;

        ConvertEvent(ConvertDialog source, BigDecimal amount, String currency) {
            super(source, false);
            this.amount = amount;
            this.currency = currency;
        }

        /** Null when no amount was given. */
        public BigDecimal amount() {
            return amount;
        }

        public String currency() {
            return currency;
        }
    }
}
