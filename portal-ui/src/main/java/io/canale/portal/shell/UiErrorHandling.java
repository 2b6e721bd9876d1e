package io.canale.portal.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.canale.portal.Notifications;
import io.canale.portal.api.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Catches what UI event listeners throw: a failed backend call becomes a notification in the user's
 * language; anything else is logged and reported without internals.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        ApiException api = apiException(event.getThrowable());
        if (api != null) {
            Notifications.apiError(api);
            return;
        }
        log.error("Unexpected error in the UI", event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notifications.error(ui.getTranslation("error.unexpected"));
        }
    }

    static ApiException apiException(Throwable throwable) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api) {
                return api;
            }
        }
        return null;
    }
}
