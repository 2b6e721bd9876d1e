package io.canale.portal;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.UserError;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Puts a refused mutation's user errors on the form fields they belong to, in the user's language; errors
 * that belong to no field on the form are returned as one text for the form or a notification.
 */
public final class UserErrorDisplay {

    private UserErrorDisplay() {
    }

    /** Marks the fields; returns the text of the remaining errors, empty when every error found its field. */
    public static String show(List<UserError> errors, FieldPaths<HasValidation> fields) {
        return errors.stream()
                .filter(error -> fields.resolve(error.field()).map(field -> mark(field, error)).isEmpty())
                .map(UserErrorDisplay::text)
                .distinct()
                .collect(Collectors.joining(" "));
    }

    /** Shows the errors on their fields and the rest as a notification. */
    public static void showOrNotify(List<UserError> errors, FieldPaths<HasValidation> fields) {
        String remaining = show(errors, fields);
        if (!remaining.isEmpty()) {
            Notifications.error(remaining);
        }
    }

    /** Shows errors of an action that has no form, e.g. a deactivation from a grid row. */
    public static void notify(List<UserError> errors) {
        showOrNotify(errors, new FieldPaths<>());
    }

    public static String text(UserError error) {
        return UI.getCurrent().getTranslation("userError." + error.code().name());
    }

    private static boolean mark(HasValidation field, UserError error) {
        field.setErrorMessage(text(error));
        field.setInvalid(true);
        return true;
    }
}
