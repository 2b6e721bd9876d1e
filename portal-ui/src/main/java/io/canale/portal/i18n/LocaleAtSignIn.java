package io.canale.portal.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.canale.portal.security.SignIn;
import org.springframework.stereotype.Component;

/**
 * Applies the user's stored language ({@code viewer.locale}, as the API said at sign-in) once per session, when the
 * first UI of a signed-in user starts and before any view renders. Without a stored choice the browser's language
 * stays.
 */
@Component
class LocaleAtSignIn implements VaadinServiceInitListener {

    private static final String APPLIED = LocaleAtSignIn.class.getName() + ".applied";

    private final LocalePreferences preferences;

    LocaleAtSignIn(LocalePreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> applyOnce(uiInit.getUI().getSession()));
    }

    private void applyOnce(VaadinSession session) {
        if (!SignIn.isSignedIn() || session.getAttribute(APPLIED) != null) {
            return;
        }
        session.setAttribute(APPLIED, Boolean.TRUE);
        preferences.stored().ifPresent(LocalePreferences::apply);
    }
}
