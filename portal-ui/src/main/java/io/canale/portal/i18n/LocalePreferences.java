package io.canale.portal.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import io.canale.portal.api.ApiException;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Payload;
import io.canale.portal.api.UserError;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The user's language: stored at the backend, so it follows the user to every browser. */
@Component
public class LocalePreferences {

    record ViewerLocale(String locale) {
    }

    record ViewerPayload(ViewerLocale viewer, List<UserError> userErrors) implements Payload {
    }

    private final CanaleApi api;

    LocalePreferences(CanaleApi api) {
        this.api = api;
    }

    public List<Locale> available() {
        return PortalI18nProvider.LOCALES;
    }

    /** Stores the choice at the backend, then applies it to the session and reloads the page in it. */
    public void choose(Locale locale) {
        ViewerPayload payload = api.execute("updateMyPreferences", Map.of("locale", locale.getLanguage()),
                "updateMyPreferences", ViewerPayload.class);
        if (!payload.succeeded()) {
            throw new ApiException(ApiException.Kind.GRAPHQL, payload.userErrors().getFirst().message(), null);
        }
        apply(locale);
        UI.getCurrent().getPage().reload();
    }

    /** The language the user chose earlier, if any and if the portal offers it. */
    Optional<Locale> stored() {
        ViewerLocale viewer = api.execute("viewerLocale", Map.of(), "viewer", ViewerLocale.class);
        return Optional.ofNullable(viewer.locale())
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
