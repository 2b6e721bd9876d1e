package io.canale.portal.webhook;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.Notifications;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.RecordType;
import io.canale.portal.api.UserError;
import io.canale.portal.api.UserErrorCode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Registers a webhook endpoint: where to POST, which kinds of records' changes, what it is for. The portal checks only
 * what it can see (filled in, lengths); whether an address may be reached is the API's to say, and its refusals land
 * on the field they name, the URL's in words of their own (a private address, a malformed URL).
 */
class RegisterEndpointDialog extends Dialog {

    static final int MAX_URL = 2000;
    static final int MAX_DESCRIPTION = 200;

    private final TextField url = new TextField();
    private final MultiSelectComboBox<RecordType> recordTypes = new MultiSelectComboBox<>();
    private final TextArea description = new TextArea();

    RegisterEndpointDialog() {
        setHeaderTitle(getTranslation("webhooks.register.title"));
        setId("webhook-register-dialog");
        setWidth("min(36rem, 95vw)");
        configureFields();
        FormLayout form = new FormLayout(url, recordTypes, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button register = new Button(getTranslation("webhooks.register.submit"), click -> validateAndRegister());
        register.setId("webhook-register-submit");
        register.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), register);
    }

    private void configureFields() {
        url.setId("webhook-url");
        url.setLabel(getTranslation("webhooks.url"));
        url.setHelperText(getTranslation("webhooks.url.help"));
        url.setPlaceholder("https://");
        url.setMaxLength(MAX_URL);
        url.setWidthFull();
        recordTypes.setId("webhook-record-types");
        recordTypes.setLabel(getTranslation("webhooks.recordTypes"));
        recordTypes.setHelperText(getTranslation("webhooks.recordTypes.help"));
        recordTypes.setItems(Arrays.asList(RecordType.values()));
        recordTypes.setItemLabelGenerator(type -> getTranslation("webhooks.recordType." + type.name()));
        recordTypes.setWidthFull();
        description.setId("webhook-description");
        description.setLabel(getTranslation("webhooks.description"));
        description.setMaxLength(MAX_DESCRIPTION);
        description.setWidthFull();
        // The API's refusals stay on the fields until the value changes.
        url.setManualValidation(true);
        recordTypes.setManualValidation(true);
        description.setManualValidation(true);
        url.addValueChangeListener(change -> url.setInvalid(false));
        recordTypes.addValueChangeListener(change -> recordTypes.setInvalid(false));
    }

    private void validateAndRegister() {
        boolean ok = true;
        if (url.getValue().isBlank()) {
            invalid(url, getTranslation("validation.required"));
            ok = false;
        }
        if (recordTypes.getSelectedItems().isEmpty()) {
            invalid(recordTypes, getTranslation("webhooks.recordTypes.required"));
            ok = false;
        }
        if (ok) {
            // In the order of the list, not the order of clicking.
            Set<RecordType> chosen = recordTypes.getSelectedItems();
            List<RecordType> types = Arrays.stream(RecordType.values()).filter(chosen::contains).toList();
            fireEvent(new RegisterEvent(this, url.getValue(), types, description.getValue()));
        }
    }

    /** Puts the API's refusals on their fields; the URL's in words that say what is wrong with the address. */
    void showUserErrors(List<UserError> errors) {
        List<UserError> others = errors.stream().filter(error -> !urlError(error)).toList();
        String rest = UserErrorDisplay.show(others, new FieldPaths<HasValidation>().bind("recordTypes", recordTypes)
                .bind("description", description));
        if (!rest.isEmpty()) {
            Notifications.error(rest);
        }
    }

    private boolean urlError(UserError error) {
        if (!List.of("input", "url").equals(error.field())) {
            return false;
        }
        String key = switch (error.code()) {
            case UserErrorCode.NOT_ALLOWED -> "webhooks.url.notAllowed";
            case UserErrorCode.INVALID -> "webhooks.url.invalid";
            default -> "userError." + error.code().name();
        };
        invalid(url, getTranslation(key));
        return true;
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    Registration addRegisterListener(ComponentEventListener<RegisterEvent> listener) {
        return addListener(RegisterEvent.class, listener);
    }

    static final class RegisterEvent extends ComponentEvent<RegisterEndpointDialog> {

        private final String url;
        private final List<RecordType> recordTypes;
        private final String description;

        RegisterEvent(RegisterEndpointDialog source, String url, List<RecordType> recordTypes, String description) {
            super(source, false);
            this.url = url;
            this.recordTypes = recordTypes;
            this.description = description;
        }

        String url() {
            return url;
        }

        List<RecordType> recordTypes() {
            return recordTypes;
        }

        String description() {
            return description;
        }
    }
}
