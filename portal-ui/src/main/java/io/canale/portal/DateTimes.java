package io.canale.portal;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The portal's one formatter of the API's dates and date-times, in the user's language: a {@code DateTime}
 * (read as an {@link Instant}) in the browser's time zone, an ISO date (read as a {@link LocalDate}) as the
 * calendar day it is. Null shows as an empty text.
 */
public final class DateTimes {

    private DateTimes() {
    }

    /** A moment, e.g. "7 dic 2026, 10:15", in the browser's time zone. */
    public static String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        UI ui = UI.getCurrent();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ui.getLocale()).withZone(zone(ui)).format(instant);
    }

    /** A calendar day, e.g. "1 mar 2027", in the UI's language. */
    public static String format(LocalDate date) {
        return format(date, UI.getCurrent().getLocale());
    }

    /** A calendar day in the given language. */
    public static String format(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** The browser's time zone, where the UI knows it; the server's otherwise. */
    public static ZoneId zone() {
        return zone(UI.getCurrent());
    }

    private static ZoneId zone(UI ui) {
        var details = ui.getPage().getExtendedClientDetails();
        if (details != null && details.getTimeZoneId() != null && !details.getTimeZoneId().isBlank()) {
            return ZoneId.of(details.getTimeZoneId());
        }
        return ZoneId.systemDefault();
    }
}
