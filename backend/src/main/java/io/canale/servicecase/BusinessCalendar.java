package io.canale.servicecase;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Working time: hours per weekday with breaks, in a time zone, without the public holidays of a country. SLA clocks
 * count only this time, so a case opened on Friday evening starts counting on Monday morning.
 *
 * @param name what the calendar is called, e.g. {@code IT}
 * @param hours the working periods of each weekday, in order; a day without periods is not worked
 * @param holiday whether a date is a public holiday
 */
record BusinessCalendar(String name, ZoneId zone, Map<DayOfWeek, List<Period>> hours, Predicate<LocalDate> holiday) {

    /** Working time within one day, e.g. 08:30–12:30. */
    record Period(LocalTime start, LocalTime end) {

        Period {
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("a working period ends after it starts: " + start + "-" + end);
            }
        }

        /** Parses {@code 08:30-12:30}. */
        static Period parse(String text) {
            String[] bounds = text.strip().split("-");
            if (bounds.length != 2) {
                throw new IllegalArgumentException("expected a period such as 08:30-12:30, got " + text);
            }
            return new Period(LocalTime.parse(bounds[0].strip()), LocalTime.parse(bounds[1].strip()));
        }
    }

    /** Days a search for the end of a target goes at most: beyond that a calendar has (almost) no working time. */
    static final int HORIZON_DAYS = 3 * 366;

    BusinessCalendar {
        hours = Map.copyOf(hours);
    }

    /** Working time between two instants (zero if {@code to} is not after {@code from}). */
    Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Period period : workingPeriods(day)) {
                Instant start = max(from, day.atTime(period.start()).atZone(zone).toInstant());
                Instant end = min(to, day.atTime(period.end()).atZone(zone).toInstant());
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** The instant at which {@code work} of working time has passed since {@code from}; null beyond the horizon. */
    Instant plus(Instant from, Duration work) {
        Duration left = work;
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int i = 0; i < HORIZON_DAYS; i++, day = day.plusDays(1)) {
            for (Period period : workingPeriods(day)) {
                Instant start = max(from, day.atTime(period.start()).atZone(zone).toInstant());
                Instant end = day.atTime(period.end()).atZone(zone).toInstant();
                if (!end.isAfter(start)) {
                    continue;
                }
                Duration available = Duration.between(start, end);
                if (left.compareTo(available) <= 0) {
                    return start.plus(left);
                }
                left = left.minus(available);
            }
        }
        return null;
    }

    private List<Period> workingPeriods(LocalDate day) {
        return holiday.test(day) ? List.of() : hours.getOrDefault(day.getDayOfWeek(), List.of());
    }

    /** The local time an instant shows on this calendar's clock, for explanations. */
    ZonedDateTime local(Instant instant) {
        return instant.atZone(zone);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
