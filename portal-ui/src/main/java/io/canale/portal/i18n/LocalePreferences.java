package io.canale.portal.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import io.canale.portal.api.ApiException;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import io.canale.portal.api.Viewer;
import io.canale.portal.security.CurrentViewer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The user's language: stored at the backend, so it follows the user to every browser. */
@Component
public class LocalePreferences {

    /** The API's {@code PreferencesInput}. */
    @SchemaType
    record PreferencesInput(String locale) {
    }

    /** The API's {@code ViewerPayload}: the caller after the change. */
    @SchemaType
    record ViewerPayload(Viewer viewer, List<UserError> userErrors) implements Payload {
    }

    private final CanaleApi api;
    private final CurrentViewer currentViewer;

    LocalePreferences(CanaleApi api, CurrentViewer currentViewer) {
        this.api = api;
        this.currentViewer = currentViewer;
    }

    public List<Locale> available() {
        return PortalI18nProvider.LOCALES;
    }

    /** Stores the choice at the backend, then applies it to the session and reloads the page in it. */
    public void choose(Locale locale) {
        ViewerPayload payload = api.mutate("shell/updateMyPreferences", new PreferencesInput(locale.getLanguage()),
                ViewerPayload.class);
        if (!payload.succeeded()) {
            throw new ApiException(ApiException.Kind.GRAPHQL, payload.userErrors().getFirst().message(), null);
        }
        apply(locale);
        UI.getCurrent().getPage().reload();
    }

    /** The language the user chose earlier (as the API said at sign-in), if any and if the portal offers it. */
    Optional<Locale> stored() {
        return Optional.ofNullable(currentViewer.get().locale())
                .map(Locale::forLanguageTag)
                .map(PortalI18nProvider::supported);
    }

    static void apply(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(locale);
        }
    }
}
