package io.canale.portal.incentiveadmin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.canale.portal.AmountField;
import io.canale.portal.Amounts;
import io.canale.portal.DatePickers;
import io.canale.portal.DateTimes;
import io.canale.portal.PagedComboBoxes;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.Money;
import io.canale.portal.api.Paging;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.incentiveadmin.ProgramInputs.PayoutPayload;
import io.canale.portal.incentiveadmin.ProgramInputs.RecordPayout;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Staff record a payment to a partner against a closed period: the partner (preset from the leaderboard), the amount (what
 * is still owed when known), the payment's reference and the day it was paid (today by default). The API decides what may
 * be paid; its refusals ("more than is owed", a reference recorded already, a day in the future) land on the fields.
 */
class PayoutDialog extends Dialog {

    static final int MAX_REFERENCE = 80;

    private final ComboBox<PartnerRef> partner = new ComboBox<>();
    private final AmountField amount = new AmountField();
    private final TextField reference = new TextField();
    private final DatePicker paidOn = DatePickers.localized(new DatePicker());
    private final IncentiveAdminApi api;
    private final String programId;
    private final String period;
    private final Consumer<ProgramInputs.Payout> recorded;

    /** {@code owed} null or {@code payee} null: not known, staff type them. */
    PayoutDialog(IncentiveAdminApi api, Paging paging, String programId, String period, String currency, PartnerRef payee, Money owed,
            Consumer<ProgramInputs.Payout> recorded) {
        this.api = api;
        this.programId = programId;
        this.period = period;
        this.recorded = recorded;
        setId("payout-dialog");
        setHeaderTitle(getTranslation("incentiveAdmin.payout.title", period));
        configureFields(paging, currency, payee, owed);
        FormLayout form = new FormLayout(partner, amount, reference, paidOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button confirm = new Button(getTranslation("incentiveAdmin.payout.record"), click -> record());
        confirm.setId("payout-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        setWidth("min(32rem, 95vw)");
    }

    private void configureFields(Paging paging, String currency, PartnerRef payee, Money owed) {
        partner.setId("payout-partner");
        partner.setLabel(getTranslation("incentive.partner"));
        partner.setItemLabelGenerator(PartnerRef::name);
        PagedComboBoxes.bind(partner, paging, (text, first, after) -> api.dealers(first, after, text));
        if (payee != null) {
            partner.setValue(payee);
        }
        amount.setId("payout-amount");
        amount.setLabel(getTranslation("fund.amount", currency));
        if (owed != null && owed.value().signum() > 0) {
            amount.setValue(owed.value());
            amount.setHelperText(getTranslation("incentiveAdmin.payout.owed", Amounts.format(owed, getLocale())));
        }
        reference.setId("payout-reference");
        reference.setLabel(getTranslation("incentiveAdmin.payout.reference"));
        reference.setMaxLength(MAX_REFERENCE);
        paidOn.setId("payout-paid-on");
        paidOn.setLabel(getTranslation("incentiveAdmin.payout.paidOn"));
        LocalDate today = LocalDate.now(DateTimes.zone());
        paidOn.setValue(today);
        paidOn.setMax(today);
    }

    private void record() {
        if (!filled()) {
            return;
        }
        BigDecimal value = amount.getValue();
        PayoutPayload payload = api.recordPayout(new RecordPayout(programId, period, partner.getValue().id(), value.toPlainString(),
                reference.getValue().strip(), paidOn.getValue()));
        if (payload.succeeded()) {
            close();
            recorded.accept(payload.payout());
            return;
        }
        UserErrorDisplay.showOrNotify(payload.userErrors(), new FieldPaths<HasValidation>().bind("partnerId", partner).bind("amount", amount)
                .bind("reference", reference).bind("paidOn", paidOn));
    }

    /** What the API needs in any case; the rest it decides. */
    private boolean filled() {
        boolean complete = true;
        for (HasValidation field : new HasValidation[] {partner, amount, reference, paidOn}) {
            field.setInvalid(false);
        }
        if (partner.getValue() == null) {
            required(partner);
            complete = false;
        }
        if (amount.getValue() == null || amount.getValue().signum() <= 0) {
            required(amount);
            complete = false;
        }
        if (reference.getValue().isBlank()) {
            required(reference);
            complete = false;
        }
        return complete;
    }

    private void required(HasValidation field) {
        field.setErrorMessage(getTranslation("validation.required"));
        field.setInvalid(true);
    }
}
