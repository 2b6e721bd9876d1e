package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The date pickers' words, week start and date formats per language. */
class DatePickersTests {

    @Test
    void italian_weeks_start_on_monday_and_dates_are_written_day_first() {
        DatePickerI18n i18n = DatePickers.i18n(Locale.ITALIAN, "Oggi", "Annulla");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getMonthNames().getFirst()).isEqualTo("Gennaio");
        assertThat(i18n.getWeekdays().getFirst()).as("the component lists days from Sunday").isEqualTo("Domenica");
        assertThat(i18n.getWeekdaysShort().get(1)).isEqualTo("Lun");
        assertThat(i18n.getDateFormats()).containsExactly("dd/MM/yyyy", "d/M/yyyy", "dd/MM/yy");
        assertThat(i18n.getToday()).isEqualTo("Oggi");
    }

    @Test
    void english_dates_are_written_as_the_portal_writes_them_in_english() {
        DatePickerI18n i18n = DatePickers.i18n(Locale.ENGLISH, "Today", "Cancel");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(0);
        assertThat(i18n.getMonthNames().getFirst()).isEqualTo("January");
        assertThat(i18n.getDateFormats().getFirst()).isEqualTo("MM/dd/yyyy");
    }

    @Test
    void a_country_given_with_the_language_decides_the_week_start() {
        assertThat(DatePickers.firstDayOfWeek(Locale.UK)).isEqualTo(1);
        assertThat(DatePickers.firstDayOfWeek(Locale.US)).isEqualTo(0);
    }
}
