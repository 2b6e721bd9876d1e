package io.canale.incentive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar accrual or payout period in UTC: a year ({@code 2027}), a quarter ({@code 2027-Q1}) or a month
 * ({@code 2027-03}). Deliveries and refunds fall into the period of their UTC date.
 */
record Period(String key, Length length, LocalDate start, LocalDate end) {

    /** How long a program's periods are. */
    enum Length {
        MONTH, QUARTER, YEAR;

        Period of(LocalDate date) {
            return switch (this) {
                case YEAR -> new Period(String.valueOf(date.getYear()), this, LocalDate.of(date.getYear(), 1, 1),
                        LocalDate.of(date.getYear(), 12, 31));
                case QUARTER -> {
                    int quarter = (date.getMonthValue() - 1) / 3 + 1;
                    LocalDate start = LocalDate.of(date.getYear(), quarter * 3 - 2, 1);
                    yield new Period(date.getYear() + "-Q" + quarter, this, start, start.plusMonths(3).minusDays(1));
                }
                case MONTH -> {
                    LocalDate start = date.withDayOfMonth(1);
                    yield new Period(String.format("%d-%02d", date.getYear(), date.getMonthValue()), this, start,
                            start.plusMonths(1).minusDays(1));
                }
            };
        }

        boolean startsPeriod(LocalDate date) {
            return of(date).start().equals(date);
        }
    }

    private static final Pattern KEY = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(\\d{2}))?");

    /** The period a key names, or null when the key names none. */
    static Period parse(String key) {
        Matcher matcher = key == null ? null : KEY.matcher(key.strip());
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        int year = Integer.parseInt(matcher.group(1));
        try {
            if (matcher.group(2) != null) {
                return Length.QUARTER.of(LocalDate.of(year, Integer.parseInt(matcher.group(2)) * 3, 1));
            }
            if (matcher.group(3) != null) {
                return Length.MONTH.of(LocalDate.of(year, Integer.parseInt(matcher.group(3)), 1));
            }
        } catch (java.time.DateTimeException ex) {
            return null;
        }
        return Length.YEAR.of(LocalDate.of(year, 1, 1));
    }

    static LocalDate dateOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    static LocalDate date(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException ex) {
            return null;
        }
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    boolean contains(Instant at) {
        return contains(dateOf(at));
    }

    /** The same period one year earlier: what the growth bonus compares with. */
    Period sameLastYear() {
        return length.of(start.minusYears(1));
    }

    Instant startInstant() {
        return start.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    Instant endExclusive() {
        return end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The next period of the same length. */
    Period next() {
        return length.of(end.plusDays(1));
    }
}
