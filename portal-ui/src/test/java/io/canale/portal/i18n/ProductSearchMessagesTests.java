package io.canale.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A product search that finds nothing says, in words, what was searched and what to try. */
class ProductSearchMessagesTests {

    private final PortalI18nProvider messages = new PortalI18nProvider();

    @Test
    void the_hint_names_the_search_and_suggests_what_to_try_in_both_languages() {
        assertThat(messages.getTranslation("product.search.noMatch", Locale.ENGLISH, "pastiglie"))
                .isEqualTo("No product matches \"pastiglie\". Try part of the SKU or another word.");
        assertThat(messages.getTranslation("product.search.noMatch", Locale.ITALIAN, "brake {0}'"))
                .isEqualTo("Nessun prodotto corrisponde a \"brake {0}'\". Prova con parte del codice o un’altra parola.");
    }
}
