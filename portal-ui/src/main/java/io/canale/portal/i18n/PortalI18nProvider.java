package io.canale.portal.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Texts from {@code messages.properties} (English) and {@code messages_it.properties}. Vaadin follows the
 * browser's language only among the locales declared here; anything else gets the first, English.
 * Italian texts use the typographic apostrophe, so {@link MessageFormat} needs no quote escaping.
 */
@Component
class PortalI18nProvider implements I18NProvider {

    static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.ITALIAN);
    static final String BUNDLE = "messages";

    private static final Logger log = LoggerFactory.getLogger(PortalI18nProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(supported(locale));
        if (key == null || !bundle.containsKey(key)) {
            log.warn("No text for key {} in {}", key, locale);
            return "!" + key;
        }
        String text = bundle.getString(key);
        return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
    }

    static Locale supported(Locale locale) {
        if (locale != null) {
            for (Locale candidate : LOCALES) {
                if (candidate.getLanguage().equals(locale.getLanguage())) {
                    return candidate;
                }
            }
        }
        return LOCALES.getFirst();
    }

    static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        } catch (MissingResourceException ex) {
            throw new IllegalStateException("resource bundle " + BUNDLE + " is missing", ex);
        }
    }
}
