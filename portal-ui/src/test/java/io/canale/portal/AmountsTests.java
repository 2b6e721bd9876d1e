package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AmountsTests {

    @Test
    void amounts_follow_the_languages_separators() {
        assertThat(Amounts.format("12500.5", "EUR", Locale.ENGLISH)).contains("12,500.50");
        assertThat(Amounts.format("12500.5", "EUR", Locale.ITALIAN)).contains("12.500,50").contains("€");
    }

    @Test
    void an_unknown_currency_keeps_its_code() {
        assertThat(Amounts.format("10", "XYZ", Locale.ENGLISH)).isEqualTo("10 XYZ");
    }

    @Test
    void only_known_upper_case_codes_are_currencies() {
        assertThat(Amounts.isCurrencyCode("EUR")).isTrue();
        assertThat(Amounts.isCurrencyCode("eur")).isFalse();
        assertThat(Amounts.isCurrencyCode("ABC")).isFalse();
        assertThat(Amounts.isCurrencyCode(null)).isFalse();
    }
}
