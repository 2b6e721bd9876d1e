package io.canale.portal.opportunity;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.AmountField;
import io.canale.portal.Amounts;
import io.canale.portal.DatePickers;
import io.canale.portal.RowActions;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.WholeNumberField;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.MoneyInput;
import io.canale.portal.api.UserError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes what the dealer expects of an opportunity: amount (typed or pasted in either number convention), chance of
 * winning, expected close and the products it should sell; an emptied amount or close date is cleared. Raises {@link SaveEvent} with the update the API takes;
 * the server's refusals land on the fields they name.
 */
class EditOpportunityDialog extends Dialog {

    static final int MAX_ITEMS = 50;

    private final Opportunity opportunity;
    private final AmountField amount = new AmountField();
    private final TextField currency = new TextField();
    private final WholeNumberField probability = new WholeNumberField();
    private final DatePicker closeDate = DatePickers.localized(new DatePicker());
    private final Div products = new Div();
    private final List<ProductRow> rows = new ArrayList<>();

    EditOpportunityDialog(Opportunity opportunity) {
        this.opportunity = opportunity;
        setHeaderTitle(getTranslation("opportunity.edit.title", opportunity.name()));
        setId("opportunity-edit-dialog");
        configureFields();
        FormLayout form = new FormLayout(amount, currency, probability, closeDate);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("400px", 2));
        add(form, productsSection());
        Button save = new Button(getTranslation("action.save"), click -> validateAndSave());
        save.setId("opportunity-edit-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(40rem, 95vw)");
    }

    private void configureFields() {
        amount.setId("opportunity-edit-amount");
        amount.setLabel(getTranslation("opportunity.amount"));
        currency.setId("opportunity-edit-currency");
        currency.setLabel(getTranslation("lead.convert.currency"));
        currency.setMaxLength(3);
        currency.setPattern("[A-Za-z]{3}");
        currency.setValue(opportunity.amount() == null ? ConvertDialog.DEFAULT_CURRENCY : opportunity.amount().currency());
        if (opportunity.amount() != null) {
            amount.setValue(opportunity.amount().value());
        }
        probability.setId("opportunity-edit-probability");
        probability.setLabel(getTranslation("opportunity.probability.percent"));
        probability.setValue(opportunity.probability());
        closeDate.setId("opportunity-edit-close-date");
        closeDate.setLabel(getTranslation("opportunity.expectedCloseDate"));
        closeDate.setValue(opportunity.expectedCloseDate());
    }

    private Div productsSection() {
        products.setId("opportunity-edit-products");
        Span title = new Span(getTranslation("opportunity.items"));
        title.addClassName("profile-label");
        Button add = new Button(getTranslation("opportunity.items.add"), VaadinIcon.PLUS.create(), click -> addRow(null, null));
        add.setId("opportunity-edit-add-product");
        add.addThemeVariants(ButtonVariant.TERTIARY);
        opportunity.items().forEach(item -> addRow(item.sku(), item.quantity()));
        return new Div(title, products, add);
    }

    private void addRow(String sku, Integer quantity) {
        if (rows.size() >= MAX_ITEMS) {
            return;
        }
        ProductRow row = new ProductRow(rows.size(), sku, quantity);
        rows.add(row);
        products.add(row.layout);
    }

    private void validateAndSave() {
        if (amount.isUnreadable() || probability.isUnreadable() || closeDate.isInvalid()
                || rows.stream().anyMatch(row -> row.quantity.isUnreadable())) {
            return; // the fields already say how to write the value
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
        Integer chance = probability.getValue();
        if (chance == null || chance < 0 || chance > 100) {
            probability.setErrorMessage(getTranslation("opportunity.probability.range"));
            probability.setInvalid(true);
            return;
        }
        List<OpportunityApi.OpportunityItemInput> items = new ArrayList<>();
        for (ProductRow row : rows) {
            String sku = row.sku.getValue().trim();
            if (sku.isEmpty() && row.quantity.getValue() == null) {
                continue; // an empty row added and not used
            }
            items.add(new OpportunityApi.OpportunityItemInput(sku, row.quantity.getValue() == null ? 0 : row.quantity.getValue()));
        }
        // Only what changed is sent, so the timeline records only real changes; an emptied amount or date clears it.
        Optional<MoneyInput> newAmount = value == null ? (opportunity.amount() == null ? null : Optional.empty())
                : sameAmount(value, code) ? null : Optional.of(MoneyInput.of(value, code));
        Integer newChance = chance == opportunity.probability() ? null : chance;
        Optional<LocalDate> newClose = Objects.equals(closeDate.getValue(), opportunity.expectedCloseDate()) ? null
                : Optional.ofNullable(closeDate.getValue());
        List<OpportunityApi.OpportunityItemInput> newItems = items.equals(opportunity.items().stream()
                .map(item -> new OpportunityApi.OpportunityItemInput(item.sku(), item.quantity())).toList()) ? null : items;
        if (newAmount == null && newChance == null && newClose == null && newItems == null) {
            close();
            return;
        }
        fireEvent(new SaveEvent(this, new OpportunityApi.UpdateOpportunityInput(opportunity.id(), opportunity.version(),
                newAmount, newChance, newClose, newItems)));
    }

    private boolean sameAmount(BigDecimal value, String currencyCode) {
        return opportunity.amount() != null && opportunity.amount().value().compareTo(value) == 0
                && opportunity.amount().currency().equals(currencyCode);
    }

    /** Marks the fields the server refused; the rest (e.g. a changed version) becomes a notification. */
    void showUserErrors(List<UserError> errors) {
        FieldPaths<HasValidation> fields = new FieldPaths<HasValidation>().bind("amount", amount).bind("amount.amount", amount)
                .bind("amount.currency", currency).bind("probability", probability).bind("expectedCloseDate", closeDate);
        // Rows left empty are not sent: number the sent ones as the server does.
        int sent = 0;
        for (ProductRow row : rows) {
            if (!row.sku.getValue().isBlank() || row.quantity.getValue() != null) {
                fields.bind("items." + sent + ".sku", row.sku).bind("items." + sent + ".quantity", row.quantity);
                sent++;
            }
        }
        UserErrorDisplay.showOrNotify(errors, fields);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** One expected product: SKU and quantity, removable. */
    private final class ProductRow {

        final TextField sku = new TextField();
        final WholeNumberField quantity = new WholeNumberField();
        final HorizontalLayout layout;

        ProductRow(int index, String skuValue, Integer quantityValue) {
            sku.setId("opportunity-edit-sku-" + index);
            sku.setPlaceholder(getTranslation("opportunity.items.sku"));
            sku.setAriaLabel(getTranslation("opportunity.items.sku"));
            sku.setValue(skuValue == null ? "" : skuValue);
            sku.setMaxLength(64);
            quantity.setId("opportunity-edit-quantity-" + index);
            quantity.getElement().setAttribute("aria-label", getTranslation("opportunity.items.quantity"));
            quantity.setValue(quantityValue);
            quantity.setWidth("7rem");
            layout = new HorizontalLayout(sku, quantity);
            Button remove = RowActions.button(VaadinIcon.TRASH, getTranslation("opportunity.items.remove"), this::remove);
            remove.setId("opportunity-edit-remove-" + index);
            layout.add(remove);
            layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            layout.setWidthFull();
            layout.setFlexGrow(1, sku);
        }

        /** Cleared rows are not sent, so the row goes from the form and from the update. */
        private void remove() {
            sku.clear();
            quantity.clear();
            products.remove(layout);
        }
    }

    static final class SaveEvent extends ComponentEvent<EditOpportunityDialog> {

        private final transient OpportunityApi.UpdateOpportunityInput input;

        SaveEvent(EditOpportunityDialog source, OpportunityApi.UpdateOpportunityInput input) {
            super(source, false);
            this.input = input;
        }

        OpportunityApi.UpdateOpportunityInput input() {
            return input;
        }
    }
}
