package io.canale.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.PartnerType;
import io.canale.portal.api.UserErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTests {

    private final PortalI18nProvider provider = new PortalI18nProvider();

    private static Set<String> keys(Locale locale) {
        return new TreeSet<>(PortalI18nProvider.bundle(locale).keySet());
    }

    @Test
    void italian_and_english_have_the_same_keys() {
        assertThat(keys(Locale.ITALIAN)).isEqualTo(keys(Locale.ENGLISH));
    }

    @Test
    void provider_declares_exactly_english_and_italian() {
        assertThat(provider.getProvidedLocales()).containsExactly(Locale.ENGLISH, Locale.ITALIAN);
    }

    @Test
    void other_languages_get_english_and_regions_their_language() {
        assertThat(provider.getTranslation("nav.signOut", Locale.GERMAN)).isEqualTo("Sign out");
        assertThat(provider.getTranslation("nav.signOut", Locale.of("it", "CH"))).isEqualTo("Esci");
    }

    @Test
    void parameters_are_filled_in() {
        assertThat(provider.getTranslation("home.greeting", Locale.ITALIAN, "Giulia")).isEqualTo("Benvenuto, Giulia");
    }

    @Test
    void every_key_the_code_names_exists() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("(?:getTranslation\\(|title = )\"([a-zA-Z][\\w.]*\\w)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        Arrays.stream(PartnerType.values()).forEach(type -> used.add("partnerType." + type));
        Arrays.stream(UserErrorCode.values()).forEach(code -> used.add("userError." + code));
        PortalI18nProvider.LOCALES.forEach(locale -> used.add("language." + locale.getLanguage()));

        assertThat(used).isNotEmpty();
        assertThat(keys(Locale.ENGLISH)).containsAll(used);
    }
}
