package io.canale.portal.deal;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.DatePickers;
import io.canale.portal.AmountField;
import io.canale.portal.Amounts;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.UserError;
import io.canale.portal.api.UserErrorCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A dealer registers a deal; raises {@link RegisterEvent} with valid input. */
class RegisterDealDialog extends Dialog {

    static final int MAX_CUSTOMER = 120;
    static final int MAX_VAT = 30;
    static final int MAX_PRODUCT_LINE = 80;

    private final TextField customerName = new TextField();
    private final TextField vatNumber = new TextField();
    private final TextField productLine = new TextField();
    private final AmountField amount = new AmountField();
    private final TextField currency = new TextField();
    private final DatePicker closeDate = DatePickers.localized(new DatePicker());
    private final Binder<DealDraft> binder = new Binder<>();

    RegisterDealDialog() {
        setHeaderTitle(getTranslation("deals.register"));
        setId("register-deal-dialog");
        configureFields();
        configureBinder();
        binder.setBean(new DealDraft());
        FormLayout form = new FormLayout(customerName, vatNumber, productLine, closeDate, amount, currency);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);
        Button register = new Button(getTranslation("deals.register.send"), click -> validateAndRegister());
        register.setId("register-deal-send");
        register.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), register);
        setWidth("min(40rem, 95vw)");
    }

    private void configureFields() {
        customerName.setId("deal-customer");
        customerName.setLabel(getTranslation("deal.customer"));
        customerName.setMaxLength(MAX_CUSTOMER);
        vatNumber.setId("deal-vat-number");
        vatNumber.setLabel(getTranslation("deal.vatNumber"));
        vatNumber.setMaxLength(MAX_VAT);
        productLine.setId("deal-product-line");
        productLine.setLabel(getTranslation("deal.productLine"));
        productLine.setMaxLength(MAX_PRODUCT_LINE);
        amount.setId("deal-amount");
        amount.setLabel(getTranslation("deal.expectedValue"));
        currency.setId("deal-currency");
        currency.setLabel(getTranslation("deal.currency"));
        currency.setMaxLength(3);
        closeDate.setId("deal-close-date");
        closeDate.setLabel(getTranslation("deal.expectedCloseDate"));
        closeDate.setMin(LocalDate.now());
        closeDate.setLocale(getLocale());
    }

    private void configureBinder() {
        String required = getTranslation("validation.required");
        binder.forField(customerName).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong", MAX_CUSTOMER), 1, MAX_CUSTOMER))
                .bind(DealDraft::getCustomerName, DealDraft::setCustomerName);
        binder.forField(vatNumber).bind(DealDraft::getVatNumber, DealDraft::setVatNumber);
        binder.forField(productLine).asRequired(required).bind(DealDraft::getProductLine, DealDraft::setProductLine);
        binder.forField(amount).asRequired(required)
                .withValidator(value -> value.compareTo(BigDecimal.ZERO) > 0, getTranslation("validation.positive"))
                .bind(DealDraft::getAmount, DealDraft::setAmount);
        binder.forField(currency).asRequired(required)
                .withValidator(code -> Amounts.isCurrencyCode(code.trim().toUpperCase(getLocale())),
                        getTranslation("validation.currency"))
                .bind(DealDraft::getCurrency, DealDraft::setCurrency);
        binder.forField(closeDate).asRequired(required)
                .withValidator(date -> !date.isBefore(LocalDate.now()), getTranslation("validation.notPast"))
                .bind(DealDraft::getExpectedCloseDate, DealDraft::setExpectedCloseDate);
    }

    private void validateAndRegister() {
        if (binder.validate().isOk()) {
            fireEvent(new RegisterEvent(this, binder.getBean()));
        }
    }

    /**
     * Marks the refused fields. The dealer's own active registration of the same customer and product line (DUPLICATE
     * on the customer) is said in words: "already registered", not "already in use".
     */
    void showUserErrors(List<UserError> errors) {
        UserErrorDisplay.showOrNotify(errors, new FieldPaths<HasValidation>()
                .bind("customerName", customerName).bind("vatNumber", vatNumber).bind("productLine", productLine)
                .bind("expectedValue", amount).bind("expectedValue.amount", amount)
                .bind("expectedValue.currency", currency).bind("expectedCloseDate", closeDate));
        errors.stream().filter(error -> error.code() == UserErrorCode.DUPLICATE).findFirst().ifPresent(duplicate -> {
            customerName.setErrorMessage(getTranslation("deals.duplicate"));
            customerName.setInvalid(true);
        });
    }

    Registration addRegisterListener(ComponentEventListener<RegisterEvent> listener) {
        return addListener(RegisterEvent.class, listener);
    }

    static final class RegisterEvent extends ComponentEvent<RegisterDealDialog> {

        private final transient DealDraft draft;

        RegisterEvent(RegisterDealDialog source, DealDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        DealDraft draft() {
            return draft;
        }
    }
}
