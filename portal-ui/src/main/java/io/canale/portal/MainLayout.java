package io.canale.portal;

import com.vaadin.flow.spring.security.AuthenticationContext;
import io.canale.portal.i18n.LocalePreferences;
import io.canale.portal.security.CurrentViewer;
import jakarta.annotation.security.PermitAll;

/**
 * Transitional: the views of lead, routing, leadimport, opportunity and order still name the layout here. The
 * layout is {@link io.canale.portal.shell.MainLayout}; this class goes once no view names it.
 */
@Deprecated(forRemoval = true)
@PermitAll
public class MainLayout extends io.canale.portal.shell.MainLayout {

    MainLayout(AuthenticationContext authentication, LocalePreferences localePreferences, CurrentViewer currentViewer) {
        super(authentication, localePreferences, currentViewer);
    }
}
