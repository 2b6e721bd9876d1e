package io.canale.shared.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Arguments of a stored text turned into what its reader reads: a moment (an {@link Instant} or its ISO text) in the
 * reader's language and time zone, a day (a {@link LocalDate} or {@code 2027-03-31}) in the reader's language, and a
 * whole count as a number, so message patterns can choose the plural ({@code {0,choice,1#1 line|1<{0} lines}}).
 * Anything else is kept as it is. Stored arguments are strings, so the kind is recognised by its ISO shape.
 */
final class ReaderValues {

    private static final Pattern COUNT = Pattern.compile("-?\\d{1,9}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})");

    private ReaderValues() {
    }

    /** Each argument as its reader reads it; {@code zone} null means the reader did not say (UTC, named). */
    static Object[] typed(Object[] args, Locale locale, ZoneId zone) {
        if (args == null) {
            return null;
        }
        Object[] typed = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            typed[i] = typed(args[i], locale, zone);
        }
        return typed;
    }

    private static Object typed(Object arg, Locale locale, ZoneId zone) {
        if (arg instanceof Instant instant) {
            return moment(instant, locale, zone);
        }
        if (arg instanceof LocalDate day) {
            return day(day, locale);
        }
        if (!(arg instanceof String text)) {
            return arg;
        }
        try {
            if (COUNT.matcher(text).matches()) {
                return Long.parseLong(text);
            }
            if (DAY.matcher(text).matches()) {
                return day(LocalDate.parse(text), locale);
            }
            if (MOMENT.matcher(text).matches()) {
                return moment(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from), locale, zone);
            }
        } catch (DateTimeParseException notOne) {
            return text;
        }
        return text;
    }

    private static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    private static String moment(Instant instant, Locale locale, ZoneId zone) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        if (zone == null) {
            return format.withZone(ZoneOffset.UTC).format(instant) + " UTC";
        }
        return format.withZone(zone).format(instant);
    }
}
