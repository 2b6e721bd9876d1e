package io.canale.portal;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Shows instants (the API's UTC date-times) in the user's language and the browser's time zone. */
public final class DateTimes {

    private DateTimes() {
    }

    public static String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        UI ui = UI.getCurrent();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ui.getLocale()).withZone(zone(ui)).format(instant);
    }

    /** A calendar day (the API's ISO dates), in the user's language; empty for null. */
    public static String format(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(UI.getCurrent().getLocale()).format(date);
    }

    private static ZoneId zone(UI ui) {
        var details = ui.getPage().getExtendedClientDetails();
        if (details != null && details.getTimeZoneId() != null && !details.getTimeZoneId().isBlank()) {
            return ZoneId.of(details.getTimeZoneId());
        }
        return ZoneId.systemDefault();
    }
}
