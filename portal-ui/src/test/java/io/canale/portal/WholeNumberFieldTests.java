package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WholeNumberFieldTests {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore_locale() {
        Locale.setDefault(before);
    }

    @ParameterizedTest(name = "{0} reader: \"{1}\" is {2}, shown as {3}")
    @CsvSource(delimiter = '|', value = {
            "it|12.000|12000|12.000", "it|12000|12000|12.000", "it|12,000,000|12000000|12.000.000", "it|0|0|0",
            "it|-3|-3|-3", "en|12,000|12000|12,000", "en|12000|12000|12,000", "en|12.000.000|12000000|12,000,000",
            "en|7|7|7"})
    void counts_are_read_with_or_without_grouping(String language, String typed, int expected, String shown) {
        Locale.setDefault(Locale.of(language));
        WholeNumberField field = new WholeNumberField();

        field.type(typed);

        assertThat(field.getValue()).isEqualTo(expected);
        assertThat(field.text()).isEqualTo(shown);
        assertThat(field.isUnreadable()).isFalse();
    }

    @ParameterizedTest(name = "{0} reader: \"{1}\" is refused")
    @CsvSource(delimiter = '|', value = {
            "it|4,5", "it|12,000", "it|1.000,0", "en|1.000", "en|4.5", "en|1,000.0", "en|12.000,5", "it|3000000000",
            "en|ten", "it|1.00"})
    void decimals_and_text_are_refused_with_a_hint(String language, String typed) {
        Locale.setDefault(Locale.of(language));
        WholeNumberField field = new WholeNumberField();
        field.setValue(5);

        field.type(typed);

        assertThat(field.getValue()).isNull();
        assertThat(field.text()).isEqualTo(typed);
        assertThat(field.isUnreadable()).isTrue();
        assertThat(field.getErrorMessage()).contains("number.whole.unreadable");
    }
}
