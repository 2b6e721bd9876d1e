package io.canale.portal.catalog;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.DatePickers;
import io.canale.portal.Amounts;
import io.canale.portal.CsvFileUpload;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.PartnerTier;
import io.canale.portal.api.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * A new price list: name, tier, currency, validity and its entries as CSV text, typed, pasted or read from
 * a file. Lines the portal can already tell are wrong are refused before anything is sent; the API's
 * refusals of single entries are shown with the line they came from. Raises {@link SaveEvent}.
 */
class PriceListDialog extends Dialog {

    /** The API's 10,000 entries of some 40 characters each fit well. */
    private static final long MAX_FILE_BYTES = 1024 * 1024;

    private final TextField name = new TextField();
    private final Select<PartnerTier> tier = new Select<>();
    private final TextField currency = new TextField();
    private final DatePicker validFrom = DatePickers.localized(new DatePicker());
    private final DatePicker validTo = DatePickers.localized(new DatePicker());
    private final TextArea entries = new TextArea();
    private final CsvFileUpload upload = new CsvFileUpload("price-list-upload", MAX_FILE_BYTES, "priceListCsv.rejected",
            this::fileReady);
    private final Grid<RefusedLine> refused = new Grid<>();
    private final Binder<PriceListDraft> binder = new Binder<>();

    PriceListDialog() {
        setId("price-list-dialog");
        setHeaderTitle(getTranslation("priceLists.new"));
        configureFields();
        configureBinder();
        configureRefused();
        binder.setBean(PriceListDraft.startingOn(LocalDate.now(ZoneOffset.UTC)));
        add(form(), refused);
        Button save = new Button(getTranslation("priceLists.publish"), click -> validateAndSave());
        save.setId("price-list-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(48rem, 95vw)");
    }

    private void configureFields() {
        name.setId("price-list-name");
        name.setLabel(getTranslation("priceList.name"));
        name.setMaxLength(PriceListDraft.MAX_NAME);
        tier.setId("price-list-tier");
        tier.setLabel(getTranslation("priceList.tier"));
        tier.setItems(PartnerTier.values());
        tier.setItemLabelGenerator(value -> value == null ? "" : getTranslation("tier." + value));
        currency.setId("price-list-currency");
        currency.setLabel(getTranslation("priceList.currency"));
        currency.setMaxLength(3);
        validFrom.setId("price-list-valid-from");
        validFrom.setLabel(getTranslation("priceList.validFrom"));
        validTo.setId("price-list-valid-to");
        validTo.setLabel(getTranslation("priceList.validTo"));
        validTo.setHelperText(getTranslation("priceList.validTo.help"));
        validFrom.setLocale(getLocale());
        validTo.setLocale(getLocale());
        entries.setId("price-list-entries");
        entries.setLabel(getTranslation("priceList.entries"));
        entries.setHelperText(getTranslation("priceListCsv.help", PriceEntryCsv.MAX_ENTRIES));
        entries.setPlaceholder("sku,unitPrice\nFRN-PAD-001,42.50");
        entries.setHeight("12rem");
    }

    private FormLayout form() {
        FormLayout form = new FormLayout(name, tier, currency, validFrom, validTo, entries, upload);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(name, 2);
        form.setColspan(entries, 2);
        form.setColspan(upload, 2);
        return form;
    }

    private void configureBinder() {
        String required = getTranslation("validation.required");
        binder.forField(name).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong", PriceListDraft.MAX_NAME), 1,
                        PriceListDraft.MAX_NAME))
                .bind(PriceListDraft::getName, PriceListDraft::setName);
        binder.forField(tier).asRequired(required).bind(PriceListDraft::getTier, PriceListDraft::setTier);
        binder.forField(currency).asRequired(required)
                .withValidator(code -> Amounts.isCurrencyCode(code.strip().toUpperCase(Locale.ROOT)),
                        getTranslation("validation.currency"))
                .bind(PriceListDraft::getCurrency, PriceListDraft::setCurrency);
        binder.forField(validFrom).asRequired(required).bind(PriceListDraft::getValidFrom, PriceListDraft::setValidFrom);
        binder.forField(validTo)
                .withValidator(to -> PriceListDraft.isValidPeriod(validFrom.getValue(), to),
                        getTranslation("priceList.validTo.beforeFrom"))
                .bind(PriceListDraft::getValidTo, PriceListDraft::setValidTo);
        binder.forField(entries).asRequired(required).bind(PriceListDraft::getEntries, PriceListDraft::setEntries);
    }

    private void configureRefused() {
        refused.setId("price-list-refused");
        refused.addColumn(RefusedLine::line).setHeader(getTranslation("priceListCsv.line")).setFlexGrow(0).setAutoWidth(true);
        refused.addColumn(RefusedLine::sku).setHeader(getTranslation("product.sku")).setFlexGrow(1);
        refused.addColumn(line -> getTranslation(line.messageKey())).setHeader(getTranslation("priceListCsv.reason"))
                .setFlexGrow(3);
        refused.setHeight("12rem");
        refused.setVisible(false);
    }

    /** A chosen file replaces the text: the text is what is checked and sent. */
    private void fileReady(boolean ready) {
        if (!ready) {
            return;
        }
        try {
            entries.setValue(Files.readString(upload.chosen().file().toPath(), StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } finally {
            upload.clear();
        }
    }

    private void validateAndSave() {
        showRefused(List.of());
        if (!binder.validate().isOk()) {
            return;
        }
        PriceEntryCsv.Parsed parsed = PriceEntryCsv.parse(entries.getValue());
        if (!parsed.refused().isEmpty()) {
            showRefused(parsed.refused());
        } else if (parsed.entries().isEmpty()) {
            markEntries(getTranslation("validation.required"));
        } else {
            fireEvent(new SaveEvent(this, binder.getBean(), parsed.entries()));
        }
    }

    /** Shows the API's refusals: single entries by their line, the rest on the fields they name. */
    void showUserErrors(List<UserError> errors, List<PriceEntryCsv.Entry> sent) {
        showRefused(PriceListErrors.refusedLines(errors, sent));
        UserErrorDisplay.showOrNotify(PriceListErrors.listErrors(errors), new FieldPaths<HasValidation>()
                .bind("name", name).bind("tier", tier).bind("currency", currency).bind("validFrom", validFrom)
                .bind("validTo", validTo).bind("entries", entries));
    }

    private void showRefused(List<RefusedLine> lines) {
        refused.setItems(lines);
        refused.setVisible(!lines.isEmpty());
        if (!lines.isEmpty()) {
            markEntries(getTranslation("priceListCsv.refused", lines.size()));
        }
    }

    private void markEntries(String text) {
        entries.setErrorMessage(text);
        entries.setInvalid(true);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<PriceListDialog> {

        private final transient PriceListDraft draft;
        private final transient List<PriceEntryCsv.Entry> entries;

        SaveEvent(PriceListDialog source, PriceListDraft draft, List<PriceEntryCsv.Entry> entries) {
            super(source, false);
            this.draft = draft;
            this.entries = entries;
        }

        PriceListDraft draft() {
            return draft;
        }

        /** The parsed entries in text order: the API's {@code input.entries.N} is the N-th of them. */
        List<PriceEntryCsv.Entry> entries() {
            return entries;
        }
    }
}
