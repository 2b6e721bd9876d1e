package io.canale.portal.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.canale.portal.api.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Applies the user's stored language ({@code viewer.locale}) once per session, when the first UI of a
 * signed-in user starts and before any view renders. Without a stored choice the browser's language stays.
 */
@Component
class LocaleAtSignIn implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(LocaleAtSignIn.class);
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
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                || session.getAttribute(APPLIED) != null) {
            return;
        }
        session.setAttribute(APPLIED, Boolean.TRUE);
        try {
            preferences.stored().ifPresent(LocalePreferences::apply);
        } catch (ApiException ex) {
            // The views will tell the user about the backend; the browser's language will do meanwhile.
            log.warn("Could not read the stored language: {}", ex.getMessage());
        }
    }
}
