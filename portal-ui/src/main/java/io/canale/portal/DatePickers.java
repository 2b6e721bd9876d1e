package io.canale.portal;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every date picker of the portal in its reader's language: month and day names, the week starting on the day the
 * reader's country starts it (Monday in Italy), the buttons' words, and dates shown and typed as the language writes
 * them (Italian 31/12/2027; two-digit years and single-digit days are understood too). Apply it once per picker.
 */
public final class DatePickers {

    private static final java.time.LocalDate EXAMPLE = java.time.LocalDate.of(2027, 3, 31);

    private DatePickers() {
    }

    /** Localizes the picker to the UI's language; returns it, for use in field initializers. */
    public static DatePicker localized(DatePicker picker) {
        return localized(picker, com.vaadin.flow.component.UI.getCurrent().getLocale());
    }

    static DatePicker localized(DatePicker picker, Locale locale) {
        picker.setLocale(locale);
        DatePickerI18n i18n = i18n(locale, picker.getTranslation("datePicker.today"), picker.getTranslation("action.cancel"));
        String example = java.time.format.DateTimeFormatter.ofPattern(pattern(locale), locale).format(EXAMPLE);
        i18n.setBadInputErrorMessage(picker.getTranslation("datePicker.badInput", example));
        picker.setI18n(i18n);
        return picker;
    }

    static DatePickerI18n i18n(Locale locale, String today, String cancel) {
        DatePickerI18n i18n = new DatePickerI18n();
        List<String> months = new ArrayList<>();
        for (Month month : Month.values()) {
            months.add(capitalized(month.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale));
        }
        List<String> weekdays = new ArrayList<>();
        List<String> weekdaysShort = new ArrayList<>();
        // The component lists days from Sunday.
        for (DayOfWeek day : List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)) {
            weekdays.add(capitalized(day.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale));
            weekdaysShort.add(capitalized(day.getDisplayName(TextStyle.SHORT_STANDALONE, locale), locale));
        }
        i18n.setMonthNames(months);
        i18n.setWeekdays(weekdays);
        i18n.setWeekdaysShort(weekdaysShort);
        i18n.setFirstDayOfWeek(firstDayOfWeek(locale));
        i18n.setToday(today);
        i18n.setCancel(cancel);
        String pattern = pattern(locale);
        i18n.setDateFormats(pattern, pattern.replace("dd", "d").replace("MM", "M"), pattern.replace("yyyy", "yy"));
        return i18n;
    }

    /** 0 for Sunday to 6 for Saturday, as the component counts; a language alone stands for its main country. */
    static int firstDayOfWeek(Locale locale) {
        Locale withCountry = locale.getCountry().isEmpty() ? Locale.of(locale.getLanguage(), mainCountry(locale)) : locale;
        return WeekFields.of(withCountry).getFirstDayOfWeek().getValue() % 7;
    }

    /** The language's short date pattern with a four-digit year and two-digit day and month: dd/MM/yyyy in Italian. */
    static String pattern(Locale locale) {
        String shortPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        String pattern = shortPattern.replaceAll("y+", "yyyy").replaceAll("d+", "dd").replaceAll("M+", "MM");
        return pattern;
    }

    private static String mainCountry(Locale locale) {
        return switch (locale.getLanguage()) {
            case "it" -> "IT";
            case "en" -> "US"; // as the portal's English writes dates: Dec 7, 2026
            default -> locale.getLanguage().toUpperCase(Locale.ROOT);
        };
    }

    private static String capitalized(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
