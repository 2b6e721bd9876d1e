package io.canale.portal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Dates still read as ISO text. Transitional: read dates into {@link LocalDate} and show them with
 * {@link DateTimes#format(LocalDate)}; this class goes once no record keeps a date as a {@code String}.
 */
@Deprecated(forRemoval = true)
public final class IsoDates {

    private IsoDates() {
    }

    /** The day in the reader's language; odd values as they are. */
    public static String format(String isoDate, Locale locale) {
        if (isoDate == null || isoDate.isBlank()) {
            return "";
        }
        try {
            return DateTimes.format(LocalDate.parse(isoDate), locale);
        } catch (DateTimeParseException notIso) {
            return isoDate;
        }
    }
}
