package io.canale.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.canale.portal.api.ApiException;
import io.canale.portal.security.SignIn;

/** The portal's notifications, so that every view reports success and failure alike. */
public final class Notifications {

    private static final int SHORT = 3_000;
    private static final int LONG = 8_000;

    private Notifications() {
    }

    public static void success(String text) {
        Notification.show(text, SHORT, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String text) {
        Notification.show(text, LONG, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.ERROR);
    }

    /** Tells the user what a failed backend call means for them; never shows a stack trace. */
    public static void apiError(ApiException ex) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        switch (ex.kind()) {
            case UNREACHABLE -> error(ui.getTranslation("error.unreachable"));
            case FORBIDDEN -> error(ui.getTranslation("error.forbidden"));
            case GRAPHQL -> error(ui.getTranslation("error.graphql", ex.getMessage()));
            case RATE_LIMITED -> error(ui.getTranslation("error.rateLimited", ex.getMessage()));
            case SESSION_EXPIRED -> {
                // A call still under way when the person signs out fails too: the sign-out must stand, not be
                // overridden by a silent sign-in.
                if (SignIn.isSignedIn()) {
                    error(ui.getTranslation("error.sessionExpired"));
                    // Back through the backend: silent if its session is alive, its login page otherwise.
                    ui.getPage().setLocation(SignIn.PATH);
                }
            }
        }
    }
}
