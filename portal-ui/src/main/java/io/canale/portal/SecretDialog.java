package io.canale.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a value the backend returns only once (an invitation link, a client or webhook secret) with a copy button.
 * Closing it is the last chance to copy: the portal keeps no copy.
 */
public class SecretDialog extends Dialog {

    public SecretDialog(String title, String explanation, String label, String secret) {
        setHeaderTitle(title);
        setId("secret-dialog");
        setCloseOnOutsideClick(false);
        setWidth("min(36rem, 95vw)");
        TextField value = new TextField(label);
        value.setId("secret-value");
        value.setValue(secret);
        value.setReadOnly(true);
        value.setWidthFull();
        Button copy = new Button(getTranslation("secret.copy"), new Icon(VaadinIcon.COPY), click -> copy(secret));
        copy.setId("secret-copy");
        Button done = new Button(getTranslation("action.close"), click -> close());
        done.addThemeVariants(ButtonVariant.PRIMARY);
        add(new Paragraph(explanation), value);
        getFooter().add(copy, done);
    }

    private void copy(String secret) {
        getElement().executeJs("return navigator.clipboard.writeText($0).then(() => true)", secret)
                .then(Boolean.class,
                        copied -> Notifications.success(getTranslation("secret.copied")),
                        failed -> Notifications.error(getTranslation("secret.copyFailed")));
    }
}
