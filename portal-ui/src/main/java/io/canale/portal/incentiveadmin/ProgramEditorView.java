package io.canale.portal.incentiveadmin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.canale.portal.CommaLists;
import io.canale.portal.DatePickers;
import io.canale.portal.Notifications;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.PartnerTier;
import io.canale.portal.api.PartnerType;
import io.canale.portal.incentiveadmin.ProgramInputs.CreateProgram;
import io.canale.portal.incentiveadmin.ProgramInputs.EligibilityInput;
import io.canale.portal.incentiveadmin.ProgramInputs.ProgramPayload;
import io.canale.portal.security.Areas;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Staff define a program: name, currency, its period and the length of its accrual and payout periods, who may take
 * part, and the first version's rules. The API refuses what is wrong (a period off the accrual boundaries, tiers that
 * overlap, a rate out of range) and its user errors appear next to the fields.
 */
@Route(value = "incentives/admin/new", layout = MainLayout.class)
@RolesAllowed(Areas.INCENTIVE_ADMIN)
class ProgramEditorView extends VerticalLayout implements HasDynamicTitle {

    private final IncentiveAdminApi api;
    private final TextField name = new TextField();
    private final TextField currency = new TextField();
    private final DatePicker startDate = DatePickers.localized(new DatePicker());
    private final DatePicker endDate = DatePickers.localized(new DatePicker());
    private final Select<StaffProgram.PeriodLength> accrualPeriod = new Select<>();
    private final Select<StaffProgram.PeriodLength> payoutPeriod = new Select<>();
    private final MultiSelectComboBox<PartnerType> partnerTypes = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<PartnerTier> tiers = new MultiSelectComboBox<>();
    private final TextField countries = new TextField();
    private final RulesEditor rules = new RulesEditor();

    ProgramEditorView(IncentiveAdminApi api) {
        this.api = api;
        addClassName("program-editor-view");
        configureFields();
        Button save = new Button(getTranslation("incentiveAdmin.create"), click -> save());
        save.setId("program-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new RouterLink(getTranslation("incentiveAdmin.back"), ProgramsAdminView.class), new H2(getTranslation("incentiveAdmin.new")),
                program(), new H3(getTranslation("incentiveAdmin.eligibility")), eligibility(),
                new H3(getTranslation("incentiveAdmin.rules")), rules, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incentiveAdmin.new");
    }

    private void configureFields() {
        name.setId("program-name");
        name.setLabel(getTranslation("incentiveAdmin.name"));
        name.setMaxLength(120);
        currency.setId("program-currency");
        currency.setLabel(getTranslation("incentiveAdmin.currency"));
        currency.setValue("EUR");
        currency.setMaxLength(3);
        startDate.setId("program-start");
        startDate.setLabel(getTranslation("incentiveAdmin.startDate"));
        endDate.setId("program-end");
        endDate.setLabel(getTranslation("incentiveAdmin.endDate"));
        for (Select<StaffProgram.PeriodLength> length : List.of(accrualPeriod, payoutPeriod)) {
            length.setItems(StaffProgram.PeriodLength.values());
            length.setItemLabelGenerator(value -> getTranslation("incentivePeriodLength." + value));
            length.setValue(StaffProgram.PeriodLength.QUARTER);
        }
        accrualPeriod.setId("program-accrual");
        accrualPeriod.setLabel(getTranslation("incentiveAdmin.accrualPeriod"));
        payoutPeriod.setId("program-payout");
        payoutPeriod.setLabel(getTranslation("incentiveAdmin.payoutPeriod"));
        partnerTypes.setId("program-partner-types");
        partnerTypes.setLabel(getTranslation("incentiveAdmin.partnerTypes"));
        partnerTypes.setItems(PartnerType.values());
        partnerTypes.setItemLabelGenerator(type -> getTranslation("partnerType." + type));
        tiers.setId("program-tiers");
        tiers.setLabel(getTranslation("incentiveAdmin.partnerTiers"));
        tiers.setItems(PartnerTier.values());
        tiers.setItemLabelGenerator(tier -> getTranslation("tier." + tier));
        countries.setId("program-countries");
        countries.setLabel(getTranslation("incentiveAdmin.countries"));
        countries.setHelperText(getTranslation("incentiveAdmin.anyWhenEmpty"));
    }

    private FormLayout program() {
        FormLayout form = new FormLayout(name, currency, startDate, endDate, accrualPeriod, payoutPeriod);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        return form;
    }

    private FormLayout eligibility() {
        FormLayout form = new FormLayout(partnerTypes, tiers, countries);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 3));
        return form;
    }

    private void save() {
        EligibilityInput admitted = new EligibilityInput(List.copyOf(partnerTypes.getSelectedItems()), List.copyOf(tiers.getSelectedItems()),
                CommaLists.split(countries.getValue()));
        ProgramPayload payload = api.create(new CreateProgram(name.getValue().trim(), currency.getValue().trim(), startDate.getValue(),
                endDate.getValue(), accrualPeriod.getValue(), payoutPeriod.getValue(), admitted, rules.input()));
        if (payload.succeeded()) {
            Notifications.success(getTranslation("incentiveAdmin.created", payload.incentiveProgram().name()));
            getUI().ifPresent(ui -> ui.navigate(ProgramAdminView.class, new RouteParameters(ProgramAdminView.ID,
                    payload.incentiveProgram().id())));
            return;
        }
        for (HasValidation field : List.<HasValidation>of(name, currency, startDate, endDate, accrualPeriod, payoutPeriod, countries)) {
            field.setInvalid(false);
        }
        FieldPaths<HasValidation> paths = new FieldPaths<HasValidation>().bind("name", name).bind("currency", currency)
                .bind("startDate", startDate).bind("endDate", endDate).bind("accrualPeriod", accrualPeriod)
                .bind("payoutPeriod", payoutPeriod).bind("eligibility.countries", countries);
        UserErrorDisplay.showOrNotify(payload.userErrors(), rules.bind(paths, "rules"));
    }
}
