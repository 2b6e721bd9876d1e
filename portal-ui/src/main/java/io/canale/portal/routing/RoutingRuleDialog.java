package io.canale.portal.routing;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.PartnerTier;
import io.canale.portal.api.UserError;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Creates or changes one routing rule; raises {@link SaveEvent} with valid input. Empty conditions mean "any". */
class RoutingRuleDialog extends Dialog {

    static final int MAX_NAME = 80;

    private final TextField name = new TextField();
    private final MultiSelectComboBox<String> countries = new MultiSelectComboBox<>();
    private final TextField regions = new TextField();
    private final TextField postalCodePrefixes = new TextField();
    private final TextField productLines = new TextField();
    private final MultiSelectComboBox<PartnerTier> dealerTiers = new MultiSelectComboBox<>();
    private final IntegerField maxOpenLeads = new IntegerField();
    private final Binder<RoutingRuleForm> binder = new Binder<>();

    RoutingRuleDialog(RoutingRuleForm form) {
        setHeaderTitle(form.isNew() ? getTranslation("routingRules.new") : form.getName());
        setId("routing-rule-dialog");
        configureFields();
        configureBinder();
        binder.setBean(form);
        FormLayout layout = new FormLayout(name, countries, regions, postalCodePrefixes, productLines, dealerTiers,
                maxOpenLeads);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(layout);
        Button save = new Button(getTranslation("action.save"), click -> validateAndSave());
        save.setId("routing-rule-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(44rem, 95vw)");
    }

    private void configureFields() {
        name.setId("routing-rule-name");
        name.setLabel(getTranslation("routingRule.name"));
        name.setMaxLength(MAX_NAME);
        countries.setLabel(getTranslation("routingRule.countries"));
        countries.setItems(Arrays.stream(Locale.getISOCountries()).sorted().toList());
        countries.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(getLocale()) + " (" + code + ")");
        regions.setLabel(getTranslation("routingRule.regions"));
        postalCodePrefixes.setLabel(getTranslation("routingRule.postalCodePrefixes"));
        productLines.setLabel(getTranslation("routingRule.productLines"));
        for (TextField list : List.of(regions, postalCodePrefixes, productLines)) {
            list.setHelperText(getTranslation("routingRule.commaSeparated"));
        }
        dealerTiers.setLabel(getTranslation("routingRule.dealerTiers"));
        dealerTiers.setItems(PartnerTier.values());
        dealerTiers.setItemLabelGenerator(tier -> getTranslation("tier." + tier));
        maxOpenLeads.setLabel(getTranslation("routingRule.maxOpenLeads"));
        maxOpenLeads.setHelperText(getTranslation("routingRule.maxOpenLeads.help"));
        maxOpenLeads.setMin(1);
        maxOpenLeads.setStepButtonsVisible(true);
    }

    private void configureBinder() {
        binder.forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong", MAX_NAME), 1, MAX_NAME))
                .bind(RoutingRuleForm::getName, RoutingRuleForm::setName);
        binder.forField(countries).bind(RoutingRuleForm::getCountries, RoutingRuleForm::setCountries);
        binder.forField(regions).bind(RoutingRuleForm::getRegions, RoutingRuleForm::setRegions);
        binder.forField(postalCodePrefixes)
                .bind(RoutingRuleForm::getPostalCodePrefixes, RoutingRuleForm::setPostalCodePrefixes);
        binder.forField(productLines).bind(RoutingRuleForm::getProductLines, RoutingRuleForm::setProductLines);
        binder.forField(dealerTiers).bind(RoutingRuleForm::getDealerTiers, RoutingRuleForm::setDealerTiers);
        binder.forField(maxOpenLeads)
                .withValidator(value -> value == null || value >= 1, getTranslation("validation.atLeastOne"))
                .bind(RoutingRuleForm::getMaxOpenLeadsPerDealer, RoutingRuleForm::setMaxOpenLeadsPerDealer);
    }

    private void validateAndSave() {
        if (binder.validate().isOk()) {
            fireEvent(new SaveEvent(this, binder.getBean()));
        }
    }

    /** Marks the fields under {@code input.rule} the server refused; the rest becomes a notification. */
    void showUserErrors(List<UserError> errors) {
        UserErrorDisplay.showOrNotify(errors, new FieldPaths<HasValidation>()
                .bind("rule.name", name).bind("rule.countries", countries).bind("rule.regions", regions)
                .bind("rule.postalCodePrefixes", postalCodePrefixes).bind("rule.productLines", productLines)
                .bind("rule.dealerTiers", dealerTiers).bind("rule.maxOpenLeadsPerDealer", maxOpenLeads));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<RoutingRuleDialog> {

        private final transient RoutingRuleForm form;

        SaveEvent(RoutingRuleDialog source, RoutingRuleForm form) {
            super(source, false);
            this.form = form;
        }

        RoutingRuleForm form() {
            return form;
        }
    }
}
