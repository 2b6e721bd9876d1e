package io.canale.portal.organisation;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.EmailFields;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.UserError;
import java.util.List;

/** Invites a person by email with a role; raises {@link InviteEvent} with valid input. */
class InviteDialog extends Dialog {

    static final int MAX_NAME = 120;

    /** The Binder's bean. */
    static class Invitation {

        private String email = "";
        private String displayName = "";
        private Member.Role role = Member.Role.MEMBER;

        String getEmail() {
            return email;
        }

        void setEmail(String email) {
            this.email = email;
        }

        String getDisplayName() {
            return displayName;
        }

        void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        Member.Role getRole() {
            return role;
        }

        void setRole(Member.Role role) {
            this.role = role;
        }
    }

    private final EmailField email = EmailFields.create("");
    private final TextField displayName = new TextField();
    private final Select<Member.Role> role = new Select<>();
    private final Binder<Invitation> binder = new Binder<>();

    InviteDialog() {
        setHeaderTitle(getTranslation("members.invite"));
        setId("invite-dialog");
        configureFields();
        configureBinder();
        FormLayout form = new FormLayout(email, displayName, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button invite = new Button(getTranslation("members.invite.send"), click -> validateAndInvite());
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), invite);
    }

    private void configureFields() {
        email.setLabel(getTranslation("members.email"));
        displayName.setLabel(getTranslation("members.name"));
        role.setLabel(getTranslation("members.role"));
        role.setItems(Member.Role.values());
        role.setItemLabelGenerator(value -> value == null ? "" : getTranslation("role." + value));
    }

    private void configureBinder() {
        binder.forField(email).asRequired(getTranslation("validation.required"))
                .withValidator(new EmailValidator(getTranslation("validation.email")))
                .bind(Invitation::getEmail, Invitation::setEmail);
        binder.forField(displayName).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong", MAX_NAME), 1, MAX_NAME))
                .bind(Invitation::getDisplayName, Invitation::setDisplayName);
        binder.forField(role).asRequired(getTranslation("validation.required"))
                .bind(Invitation::getRole, Invitation::setRole);
        binder.setBean(new Invitation());
    }

    private void validateAndInvite() {
        if (binder.validate().isOk()) {
            fireEvent(new InviteEvent(this, binder.getBean()));
        }
    }

    void showUserErrors(List<UserError> errors) {
        UserErrorDisplay.showOrNotify(errors, new FieldPaths<HasValidation>()
                .bind("email", email).bind("displayName", displayName).bind("role", role));
    }

    Registration addInviteListener(ComponentEventListener<InviteEvent> listener) {
        return addListener(InviteEvent.class, listener);
    }

    static final class InviteEvent extends ComponentEvent<InviteDialog> {

        private final transient Invitation invitation;

        InviteEvent(InviteDialog source, Invitation invitation) {
            super(source, false);
            this.invitation = invitation;
        }

        Invitation invitation() {
            return invitation;
        }
    }
}
