package io.canale.portal.organisation;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.UserError;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Names a new partner-system client and picks its scopes among those the API says it may be given. */
class NewClientDialog extends Dialog {

    static final int MAX_NAME = 80;

    /** The Binder's bean. */
    static class NewClient {

        private String name = "";
        private Set<String> scopes = new LinkedHashSet<>();

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }

        Set<String> getScopes() {
            return scopes;
        }

        void setScopes(Set<String> scopes) {
            this.scopes = new LinkedHashSet<>(scopes);
        }
    }

    private final TextField name = new TextField();
    private final CheckboxGroup<String> scopes = new CheckboxGroup<>();
    private final Binder<NewClient> binder = new Binder<>();
    private final List<String> allowedScopes;

    NewClientDialog(List<String> allowedScopes) {
        this.allowedScopes = allowedScopes;
        setHeaderTitle(getTranslation("clients.new"));
        setId("new-client-dialog");
        configureFields();
        configureBinder();
        FormLayout form = new FormLayout(name, scopes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button create = new Button(getTranslation("clients.create"), click -> validateAndCreate());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
    }

    private void configureFields() {
        name.setLabel(getTranslation("clients.name"));
        name.setMaxLength(MAX_NAME);
        scopes.setLabel(getTranslation("clients.scopes"));
        scopes.setItems(allowedScopes);
        scopes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
    }

    private void configureBinder() {
        binder.forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong", MAX_NAME), 1, MAX_NAME))
                .bind(NewClient::getName, NewClient::setName);
        binder.forField(scopes)
                .withValidator(selected -> !selected.isEmpty(), getTranslation("clients.scopes.required"))
                .bind(NewClient::getScopes, NewClient::setScopes);
        binder.setBean(new NewClient());
    }

    private void validateAndCreate() {
        if (binder.validate().isOk()) {
            NewClient client = binder.getBean();
            // Keep the offered order, which groups read and write scopes of each area.
            List<String> chosen = allowedScopes.stream().filter(client.getScopes()::contains).toList();
            fireEvent(new CreateEvent(this, client.getName(), chosen));
        }
    }

    void showUserErrors(List<UserError> errors) {
        UserErrorDisplay.showOrNotify(errors, new FieldPaths<HasValidation>().bind("name", name).bind("scopes", scopes));
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    static final class CreateEvent extends ComponentEvent<NewClientDialog> {

        private final String name;
        private final List<String> scopes;

        CreateEvent(NewClientDialog source, String name, List<String> scopes) {
            super(source, false);
            this.name = name;
            this.scopes = scopes;
        }

        String name() {
            return name;
        }

        List<String> scopes() {
            return scopes;
        }
    }
}
