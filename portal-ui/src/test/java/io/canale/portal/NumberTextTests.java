package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTests {

    private static final Locale IT = Locale.ITALIAN;
    private static final Locale EN = Locale.ENGLISH;

    @ParameterizedTest(name = "Italian \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "4.500,50|4500.50", "4500,50|4500.50", "4,500.50|4500.50", "4500.50|4500.50", "1.234.567|1234567",
            "1.234.567,89|1234567.89", "1,234,567|1234567", "1,234,567.89|1234567.89", "4.500|4500", "4,500|4.500",
            "4,5|4.5", "4.5|4.5", "0,5|0.5", "0.500|0.500", "4500.500|4500.500", "12,50|12.50", "25000|25000", "0|0",
            "0,00|0.00", "-4.500,50|-4500.50", "+12|12", "  4.500,50  |4500.50", "007|7"})
    void italian_readers_numbers(String typed, BigDecimal expected) {
        assertThat(NumberText.read(typed, IT)).contains(expected);
    }

    @ParameterizedTest(name = "English \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "4,500.50|4500.50", "4500.50|4500.50", "4.500,50|4500.50", "4500,50|4500.50", "1,234,567|1234567",
            "1,234,567.89|1234567.89", "1.234.567|1234567", "1.234.567,89|1234567.89", "4,500|4500", "4.500|4.500",
            "4.5|4.5", "1,5|1.5", "0,500|0.500", "4500,500|4500.500", "12.50|12.50", "25000|25000", "0|0",
            "-4,500.50|-4500.50", "-0.5|-0.5"})
    void english_readers_numbers(String typed, BigDecimal expected) {
        assertThat(NumberText.read(typed, EN)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "   ", "abc", "12a", "4,50.5", "45,00.50", "1.2.3", "1,2,3", "4.500.50,1,2", "1.234,567.8",
            "4.500,50.1", ",5", ".5", "5,", "5.", "4..500", "1,23,456", "--5", "- 5", "5-", "4 500,50", "€ 12",
            "12 EUR", "1e3", "0x10", "٤٥"})
    void malformed_text_is_refused_in_both_languages(String typed) {
        assertThat(NumberText.read(typed, IT)).isEmpty();
        assertThat(NumberText.read(typed, EN)).isEmpty();
    }
}
