package io.canale.portal.partner;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.PartnerTier;
import io.canale.portal.api.PartnerType;
import io.canale.portal.api.UserError;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Creates or changes one partner. Validates what it can in the browser's round trip (Binder) and shows the
 * server's user errors on the fields they name. Raises typed events; the view talks to the API.
 */
class PartnerForm extends VerticalLayout {

    static final int MAX_NAME = 120;
    static final int MAX_COUNTRIES = 50;
    static final int MAX_REGIONS = 100;
    static final int MAX_REGION = 80;
    static final int MAX_STREET = 120;
    static final int MAX_POSTAL_CODE = 20;
    static final int MAX_CITY = 80;

    private final H3 title = new H3();
    private final Span status = new Span();
    private final Select<PartnerType> type = new Select<>();
    private final TextField name = new TextField();
    private final Select<PartnerTier> tier = new Select<>();
    private final MultiSelectComboBox<String> countries = new MultiSelectComboBox<>();
    private final TextField regions = new TextField();
    private final TextField street = new TextField();
    private final TextField postalCode = new TextField();
    private final TextField city = new TextField();
    private final ComboBox<String> country = new ComboBox<>();
    private final ContactsEditor contacts = new ContactsEditor();
    private final Div message = new Div();
    private final Button save = new Button();
    private final Button deactivate = new Button();
    private final Button reactivate = new Button();
    private final Button close = new Button();
    private final Binder<PartnerDraft> binder = new Binder<>();
    private PartnerDraft draft;

    PartnerForm() {
        addClassName("partner-form");
        setId("partner-form");
        configureFields();
        configureAddressFields();
        configureBinder();
        configureAddressBinder();
        message.addClassName("form-message");
        message.setVisible(false);
        add(new Div(title, status), fields(), addressFields(), contacts, message, buttons());
    }

    private void configureFields() {
        type.setLabel(getTranslation("partner.type"));
        type.setItems(PartnerType.values());
        type.setItemLabelGenerator(value -> value == null ? "" : getTranslation("partnerType." + value));
        name.setLabel(getTranslation("partner.name"));
        name.setId("partner-name");
        name.setMaxLength(MAX_NAME);
        tier.setLabel(getTranslation("partner.tier"));
        tier.setItems(PartnerTier.values());
        tier.setItemLabelGenerator(value -> value == null ? "" : getTranslation("tier." + value));
        countries.setLabel(getTranslation("partner.countries"));
        countries.setItems(Arrays.stream(Locale.getISOCountries()).sorted().toList());
        countries.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(getLocale()) + " (" + code + ")");
        regions.setLabel(getTranslation("partner.regions"));
        regions.setHelperText(getTranslation("partner.regions.help"));
        status.addClassName("status-badge");
    }

    private void configureAddressFields() {
        street.setLabel(getTranslation("partner.street"));
        street.setId("partner-street");
        street.setMaxLength(MAX_STREET);
        postalCode.setLabel(getTranslation("partner.postalCode"));
        postalCode.setId("partner-postal-code");
        postalCode.setMaxLength(MAX_POSTAL_CODE);
        city.setLabel(getTranslation("partner.city"));
        city.setId("partner-city");
        city.setMaxLength(MAX_CITY);
        country.setLabel(getTranslation("partner.country"));
        country.setId("partner-country");
        country.setItems(Arrays.stream(Locale.getISOCountries()).sorted().toList());
        country.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(getLocale()) + " (" + code + ")");
        country.setClearButtonVisible(true);
    }

    /** The business address under its own heading: optional, but all four parts once one is given. */
    private Div addressFields() {
        H4 heading = new H4(getTranslation("partner.address"));
        street.setHelperText(getTranslation("partner.address.help"));
        FormLayout layout = new FormLayout(street, postalCode, city, country);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        layout.setColspan(street, 2);
        Div section = new Div(heading, layout);
        section.setId("partner-address");
        return section;
    }

    private FormLayout fields() {
        FormLayout layout = new FormLayout(type, name, tier, countries, regions);
        // One column on phones, two from tablet width on.
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        layout.setColspan(regions, 2);
        return layout;
    }

    private void configureBinder() {
        binder.forField(type).asRequired(getTranslation("validation.required"))
                .bind(PartnerDraft::getType, PartnerDraft::setType);
        binder.forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong", MAX_NAME), 1, MAX_NAME))
                .bind(PartnerDraft::getName, PartnerDraft::setName);
        binder.forField(tier).asRequired(getTranslation("validation.required"))
                .bind(PartnerDraft::getTier, PartnerDraft::setTier);
        binder.forField(countries)
                .withValidator(selected -> selected.size() <= MAX_COUNTRIES,
                        getTranslation("validation.tooMany", MAX_COUNTRIES))
                .bind(PartnerDraft::getCountries, PartnerDraft::setCountries);
        binder.forField(regions)
                .withValidator(text -> PartnerDraft.splitRegions(text).size() <= MAX_REGIONS,
                        getTranslation("validation.tooMany", MAX_REGIONS))
                .withValidator(text -> PartnerDraft.splitRegions(text).stream().allMatch(region -> region.length() <= MAX_REGION),
                        getTranslation("validation.tooLong", MAX_REGION))
                .bind(PartnerDraft::getRegions, PartnerDraft::setRegions);
    }

    private void configureAddressBinder() {
        binder.forField(street).withValidator(this::givenOrNoAddress, getTranslation("partner.address.incomplete"))
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong", MAX_STREET), 0, MAX_STREET))
                .bind(PartnerDraft::getStreet, PartnerDraft::setStreet);
        binder.forField(postalCode).withValidator(this::givenOrNoAddress, getTranslation("partner.address.incomplete"))
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong", MAX_POSTAL_CODE), 0, MAX_POSTAL_CODE))
                .bind(PartnerDraft::getPostalCode, PartnerDraft::setPostalCode);
        binder.forField(city).withValidator(this::givenOrNoAddress, getTranslation("partner.address.incomplete"))
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong", MAX_CITY), 0, MAX_CITY))
                .bind(PartnerDraft::getCity, PartnerDraft::setCity);
        binder.forField(country).withValidator(this::givenOrNoAddress, getTranslation("partner.address.incomplete"))
                .bind(PartnerDraft::getCountry, PartnerDraft::setCountry);
    }

    /** A part of the address is required once any other part is filled in. */
    private boolean givenOrNoAddress(String part) {
        return (part != null && !part.isBlank()) || PartnerDraft.addressBlank(street.getValue(), postalCode.getValue(),
                city.getValue(), country.getValue());
    }

    private HorizontalLayout buttons() {
        save.setText(getTranslation("action.save"));
        save.setId("partner-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> validateAndSave());
        deactivate.setText(getTranslation("partner.deactivate"));
        deactivate.addThemeVariants(ButtonVariant.ERROR);
        deactivate.addClickListener(click -> fireEvent(new DeactivateEvent(this, draft)));
        reactivate.setText(getTranslation("partner.reactivate"));
        reactivate.addClickListener(click -> fireEvent(new ReactivateEvent(this, draft)));
        close.setText(getTranslation("action.close"));
        close.addThemeVariants(ButtonVariant.TERTIARY);
        close.addClickListener(click -> fireEvent(new CloseEvent(this, draft)));
        HorizontalLayout buttons = new HorizontalLayout(save, deactivate, reactivate, close);
        buttons.setWrap(true);
        return buttons;
    }

    /**
     * Shows a partner, editable and deactivatable as far as its {@code viewerCan} allows; a new partner is editable
     * (the view offers to create one only to those who may).
     */
    void edit(PartnerDraft partner) {
        boolean editable = partner.isNew() || partner.can().update();
        boolean mayDeactivate = !partner.isNew() && partner.can().deactivate();
        draft = partner;
        clearMessage();
        binder.setBean(partner);
        contacts.setContacts(partner.getContacts());
        title.setText(partner.isNew() ? getTranslation("partner.new") : partner.getName());
        status.setText(partner.isNew() ? "" : getTranslation(partner.isActive() ? "status.active" : "status.deactivated"));
        status.getElement().setAttribute("data-active", String.valueOf(partner.isActive()));
        binder.setReadOnly(!editable);
        type.setReadOnly(!editable || !partner.isNew());
        contacts.setEditable(editable);
        save.setVisible(editable);
        deactivate.setVisible(mayDeactivate && partner.isActive());
        reactivate.setVisible(mayDeactivate && !partner.isActive());
    }

    /** Marks the fields the server refused; the errors that belong to no field are shown above the buttons. */
    void showUserErrors(List<UserError> errors) {
        FieldPaths<HasValidation> paths = new FieldPaths<HasValidation>()
                .bind("type", type).bind("name", name).bind("tier", tier)
                .bind("territory", countries).bind("territory.countries", countries)
                .bind("territory.regions", regions)
                .bind("address", street).bind("address.street", street).bind("address.postalCode", postalCode)
                .bind("address.city", city).bind("address.country", country);
        contacts.bindPaths(paths);
        showMessage(UserErrorDisplay.show(errors, paths));
    }

    /** Someone else changed the partner since it was loaded: offer to reload it. */
    void showVersionConflict() {
        showMessage(getTranslation("partner.conflict"));
        Button reload = new Button(getTranslation("action.reload"), click -> fireEvent(new ReloadEvent(this, draft)));
        reload.setId("partner-reload");
        reload.addThemeVariants(ButtonVariant.SMALL);
        message.add(reload);
    }

    private void validateAndSave() {
        clearMessage();
        boolean valid = binder.validate().isOk();
        valid &= contacts.validate();
        if (valid) {
            draft.setContacts(contacts.contacts());
            fireEvent(new SaveEvent(this, draft));
        }
    }

    private void showMessage(String text) {
        message.removeAll();
        message.setText(text);
        message.setVisible(!text.isEmpty());
        if (!text.isEmpty()) {
            message.scrollIntoView();
        }
    }

    private void clearMessage() {
        showMessage("");
    }

    @Override
    public <T extends ComponentEvent<?>> Registration addListener(Class<T> eventType,
            ComponentEventListener<T> listener) {
        return getEventBus().addListener(eventType, listener);
    }

    /** An event about the partner being edited. */
    abstract static class PartnerFormEvent extends ComponentEvent<PartnerForm> {

        private final transient PartnerDraft draft;

        PartnerFormEvent(PartnerForm source, PartnerDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        PartnerDraft draft() {
            return draft;
        }
    }

    static final class SaveEvent extends PartnerFormEvent {
        SaveEvent(PartnerForm source, PartnerDraft draft) {
            super(source, draft);
        }
    }

    static final class DeactivateEvent extends PartnerFormEvent {
        DeactivateEvent(PartnerForm source, PartnerDraft draft) {
            super(source, draft);
        }
    }

    static final class ReactivateEvent extends PartnerFormEvent {
        ReactivateEvent(PartnerForm source, PartnerDraft draft) {
            super(source, draft);
        }
    }

    static final class ReloadEvent extends PartnerFormEvent {
        ReloadEvent(PartnerForm source, PartnerDraft draft) {
            super(source, draft);
        }
    }

    static final class CloseEvent extends PartnerFormEvent {
        CloseEvent(PartnerForm source, PartnerDraft draft) {
            super(source, draft);
        }
    }
}
