package io.canale.portal.incentiveadmin;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.canale.portal.AmountField;
import io.canale.portal.CommaLists;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.incentiveadmin.ProgramInputs.RulesInput;
import io.canale.portal.incentiveadmin.ProgramInputs.SpiffInput;
import io.canale.portal.incentiveadmin.ProgramInputs.TierInput;
import io.canale.portal.incentiveadmin.ProgramInputs.TierTableInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of one program version as a form: rebate %, volume tiers (what they count, how a rate applies, one row per
 * tier), a SPIFF per SKU, the growth bonus, whether returns lower the basis, and the eligible product lines and SKUs.
 * It checks nothing the API checks (overlapping tiers, rates out of range): the API's user errors land on the fields
 * through {@link #bind}.
 */
class RulesEditor extends Composite<Div> {

    /** One tier or SPIFF row with its fields, in the order shown. */
    private record Row(Div line, HasValidation first, HasValidation second) {
    }

    private final AmountField rebate = new AmountField();
    private final Select<StaffProgram.Measure> measure = new Select<>();
    private final Select<StaffProgram.Mode> mode = new Select<>();
    private final Div tierRows = new Div();
    private final List<Row> tiers = new ArrayList<>();
    private final Div spiffRows = new Div();
    private final List<Row> spiffs = new ArrayList<>();
    private final AmountField growth = new AmountField();
    private final Checkbox returnsReduceBasis = new Checkbox();
    private final TextField productLines = new TextField();
    private final TextField skus = new TextField();

    RulesEditor() {
        configureFields();
        Button addTier = new Button(getTranslation("incentiveAdmin.addTier"), new Icon(VaadinIcon.PLUS), click -> addTier(null));
        addTier.setId("rules-add-tier");
        addTier.addThemeVariants(ButtonVariant.SMALL);
        Button addSpiff = new Button(getTranslation("incentiveAdmin.addSpiff"), new Icon(VaadinIcon.PLUS), click -> addSpiff(null));
        addSpiff.setId("rules-add-spiff");
        addSpiff.addThemeVariants(ButtonVariant.SMALL);
        FormLayout basics = form(rebate, growth, productLines, skus);
        FormLayout tierTable = form(measure, mode);
        getContent().addClassName("rules-editor");
        getContent().add(basics, returnsReduceBasis, new H4(getTranslation("incentiveAdmin.tiers")), tierTable, tierRows, addTier,
                new H4(getTranslation("incentiveAdmin.spiffs")), spiffRows, addSpiff);
    }

    private void configureFields() {
        rebate.setId("rules-rebate");
        rebate.setLabel(getTranslation("incentiveAdmin.rebatePercent"));
        growth.setId("rules-growth");
        growth.setLabel(getTranslation("incentiveAdmin.growthPercent"));
        returnsReduceBasis.setId("rules-returns");
        returnsReduceBasis.setLabel(getTranslation("incentiveAdmin.returnsReduceBasis"));
        returnsReduceBasis.setValue(true);
        productLines.setId("rules-product-lines");
        productLines.setLabel(getTranslation("incentiveAdmin.productLines"));
        productLines.setHelperText(getTranslation("incentiveAdmin.commaList"));
        skus.setId("rules-skus");
        skus.setLabel(getTranslation("incentiveAdmin.skus"));
        skus.setHelperText(getTranslation("incentiveAdmin.commaList"));
        measure.setId("rules-tier-measure");
        measure.setLabel(getTranslation("incentiveAdmin.measure"));
        measure.setItems(StaffProgram.Measure.values());
        measure.setItemLabelGenerator(value -> getTranslation("incentiveMeasure." + value));
        measure.setValue(StaffProgram.Measure.VALUE);
        mode.setId("rules-tier-mode");
        mode.setLabel(getTranslation("incentiveAdmin.mode"));
        mode.setItems(StaffProgram.Mode.values());
        mode.setItemLabelGenerator(value -> getTranslation("incentiveMode." + value));
        mode.setValue(StaffProgram.Mode.RETROACTIVE);
    }

    private static FormLayout form(com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        return form;
    }

    /** Fills the form with a version's rules, e.g. the newest one as the start of the next. */
    void show(StaffProgram.Rules rules) {
        if (rules == null) {
            return;
        }
        rebate.setValue(positiveOrNull(rules.rebatePercent()));
        growth.setValue(positiveOrNull(rules.growthBonusPercent()));
        returnsReduceBasis.setValue(rules.returnsReduceBasis());
        productLines.setValue(CommaLists.join(rules.productLines()));
        skus.setValue(CommaLists.join(rules.skus()));
        if (rules.tiers() != null) {
            measure.setValue(rules.tiers().measure());
            mode.setValue(rules.tiers().mode());
            rules.tiers().tiers().forEach(this::addTier);
        }
        rules.spiffs().forEach(this::addSpiff);
    }

    private static BigDecimal positiveOrNull(BigDecimal value) {
        return value == null || value.signum() == 0 ? null : value;
    }

    private void addTier(StaffProgram.Tier tier) {
        int index = tiers.size();
        AmountField from = new AmountField(getTranslation("incentiveAdmin.tierFrom", index + 1));
        from.setId("rules-tier-from-" + index);
        AmountField rate = new AmountField(getTranslation("incentiveAdmin.tierRate"));
        rate.setId("rules-tier-rate-" + index);
        if (tier != null) {
            from.setValue(tier.from());
            rate.setValue(tier.ratePercent());
        }
        Row row = new Row(new Div(), from, rate);
        row.line().add(form(from, rate), remove(row, tiers, tierRows, "rules-remove-tier-" + index));
        tiers.add(row);
        tierRows.add(row.line());
    }

    private void addSpiff(StaffProgram.Spiff spiff) {
        int index = spiffs.size();
        TextField sku = new TextField(getTranslation("incentiveAdmin.spiffSku"));
        sku.setId("rules-spiff-sku-" + index);
        AmountField perUnit = new AmountField(getTranslation("incentiveAdmin.spiffPerUnit"));
        perUnit.setId("rules-spiff-per-unit-" + index);
        if (spiff != null) {
            sku.setValue(spiff.sku());
            perUnit.setValue(spiff.perUnit());
        }
        Row row = new Row(new Div(), sku, perUnit);
        row.line().add(form(sku, perUnit), remove(row, spiffs, spiffRows, "rules-remove-spiff-" + index));
        spiffs.add(row);
        spiffRows.add(row.line());
    }

    private Button remove(Row row, List<Row> rows, Div container, String id) {
        Button remove = new Button(getTranslation("incentiveAdmin.remove"), new Icon(VaadinIcon.TRASH), click -> {
            rows.remove(row);
            container.remove(row.line());
        });
        remove.setId(id);
        remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return remove;
    }

    /** The rules as typed; empty rows and fields are left out, everything else goes to the API as it is. */
    RulesInput input() {
        List<TierInput> tierInputs = new ArrayList<>();
        for (Row row : tiers) {
            tierInputs.add(new TierInput(text(((AmountField) row.first()).getValue()), text(((AmountField) row.second()).getValue())));
        }
        List<SpiffInput> spiffInputs = new ArrayList<>();
        for (Row row : spiffs) {
            spiffInputs.add(new SpiffInput(((TextField) row.first()).getValue().trim(), text(((AmountField) row.second()).getValue())));
        }
        TierTableInput table = tierInputs.isEmpty() ? null : new TierTableInput(measure.getValue(), mode.getValue(), tierInputs);
        return new RulesInput(text(rebate.getValue()), table, spiffInputs, text(growth.getValue()), returnsReduceBasis.getValue(),
                CommaLists.split(productLines.getValue()), CommaLists.split(skus.getValue()));
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** Routes the API's errors under {@code prefix} (e.g. {@code rules}) to the fields; clears earlier marks. */
    FieldPaths<HasValidation> bind(FieldPaths<HasValidation> paths, String prefix) {
        List<HasValidation> all = new ArrayList<>(List.<HasValidation>of(rebate, growth, productLines, skus, measure, mode));
        paths.bind(prefix + ".rebatePercent", rebate).bind(prefix + ".growthBonusPercent", growth)
                .bind(prefix + ".productLines", productLines).bind(prefix + ".skus", skus)
                .bind(prefix + ".tiers.measure", measure).bind(prefix + ".tiers.mode", mode);
        for (int i = 0; i < tiers.size(); i++) {
            paths.bind(prefix + ".tiers.tiers." + i + ".from", tiers.get(i).first())
                    .bind(prefix + ".tiers.tiers." + i + ".ratePercent", tiers.get(i).second())
                    .bind(prefix + ".tiers.tiers." + i, tiers.get(i).first());
            all.add(tiers.get(i).first());
            all.add(tiers.get(i).second());
        }
        for (int i = 0; i < spiffs.size(); i++) {
            paths.bind(prefix + ".spiffs." + i + ".sku", spiffs.get(i).first()).bind(prefix + ".spiffs." + i + ".perUnit", spiffs.get(i).second());
            all.add(spiffs.get(i).first());
            all.add(spiffs.get(i).second());
        }
        all.forEach(field -> field.setInvalid(false));
        return paths;
    }
}
