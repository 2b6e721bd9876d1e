package io.canale.portal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Shows the API's ISO dates (requested, promised) in the reader's language; leaves odd values as they are. */
public final class IsoDates {

    private IsoDates() {
    }

    public static String format(String isoDate, Locale locale) {
        if (isoDate == null || isoDate.isBlank()) {
            return "";
        }
        try {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(LocalDate.parse(isoDate));
        } catch (DateTimeParseException notIso) {
            return isoDate;
        }
    }
}
