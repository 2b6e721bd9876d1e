package io.canale.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.EmailField;

/**
 * Email fields whose built-in browser check speaks the user's language: it runs before the Binder's own
 * validators, and without a message of its own the field would turn red without saying why.
 */
public final class EmailFields {

    private EmailFields() {
    }

    public static EmailField create(String label) {
        EmailField field = new EmailField(label);
        field.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(UI.getCurrent().getTranslation("validation.email")));
        return field;
    }
}
