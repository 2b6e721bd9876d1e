package io.canale.portal.partner;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import io.canale.portal.EmailFields;
import io.canale.portal.api.FieldPaths;
import java.util.function.Consumer;

/** One contact of the partner form, with its own Binder. */
class ContactRow extends FormLayout {

    static final int MAX_NAME = 120;
    static final int MAX_ROLE = 80;

    private final TextField name = new TextField();
    private final EmailField email = EmailFields.create("");
    private final TextField phone = new TextField();
    private final TextField role = new TextField();
    private final Button remove = new Button(new Icon(VaadinIcon.TRASH));
    private final Binder<ContactDraft> binder = new Binder<>();

    ContactRow(ContactDraft contact, Consumer<ContactRow> onRemove) {
        addClassName("contact-row");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
        configureFields();
        configureBinder();
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("partner.contact.remove"));
        remove.addClickListener(click -> onRemove.accept(this));
        add(name, email, phone, role, remove);
        binder.setBean(contact);
    }

    private void configureFields() {
        name.setLabel(getTranslation("partner.contact.name"));
        email.setLabel(getTranslation("partner.contact.email"));
        phone.setLabel(getTranslation("partner.contact.phone"));
        role.setLabel(getTranslation("partner.contact.role"));
    }

    private void configureBinder() {
        binder.forField(name)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong", MAX_NAME), 0, MAX_NAME))
                .bind(ContactDraft::getName, ContactDraft::setName);
        binder.forField(email)
                .withValidator(new EmailValidator(getTranslation("validation.email"), true))
                .bind(ContactDraft::getEmail, ContactDraft::setEmail);
        binder.forField(phone).bind(ContactDraft::getPhone, ContactDraft::setPhone);
        binder.forField(role)
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong", MAX_ROLE), 0, MAX_ROLE))
                .bind(ContactDraft::getRole, ContactDraft::setRole);
    }

    ContactDraft contact() {
        return binder.getBean();
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    void setEditable(boolean editable) {
        binder.setReadOnly(!editable);
        remove.setVisible(editable);
    }

    /** Routes server errors on {@code contacts.<index>.<field>} to this row's fields. */
    void bindPaths(FieldPaths<HasValidation> paths, int index) {
        String prefix = "contacts." + index + ".";
        paths.bind(prefix + "name", name).bind(prefix + "email", email).bind(prefix + "phone", phone)
                .bind(prefix + "role", role).bind("contacts." + index, name);
    }
}
