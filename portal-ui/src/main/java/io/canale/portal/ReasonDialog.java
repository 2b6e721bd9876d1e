package io.canale.portal;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;

/**
 * Asks why before an action that needs a reason (declining a lead, rejecting a registration, losing a
 * deal); raises {@link ReasonEvent} with a non-blank reason of at most the given length.
 */
public class ReasonDialog extends Dialog {

    private final TextArea reason = new TextArea();
    private final int maxLength;

    public ReasonDialog(String title, String action, int maxLength) {
        this.maxLength = maxLength;
        setHeaderTitle(title);
        setId("reason-dialog");
        reason.setId("reason-text");
        reason.setLabel(getTranslation("reason.label"));
        reason.setMaxLength(maxLength);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        add(reason);
        Button confirm = new Button(action, click -> validateAndConfirm());
        confirm.setId("reason-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        setWidth("min(32rem, 95vw)");
    }

    private void validateAndConfirm() {
        String text = reason.getValue().trim();
        if (text.isEmpty() || text.length() > maxLength) {
            reason.setErrorMessage(getTranslation(text.isEmpty() ? "validation.required" : "validation.tooLong", maxLength));
            reason.setInvalid(true);
            return;
        }
        fireEvent(new ReasonEvent(this, text));
    }

    public Registration addReasonListener(ComponentEventListener<ReasonEvent> listener) {
        return addListener(ReasonEvent.class, listener);
    }

    /** The user gave a reason and confirmed. */
    public static final class ReasonEvent extends ComponentEvent<ReasonDialog> {

        private final String reason;

        ReasonEvent(ReasonDialog source, String reason) {
            super(source, false);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
