package io.canale.servicecase;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * SLA targets and the business calendars they are counted in (README, Service cases).
 *
 * @param warningShare the share of a target after which a clock shows WARNING (0.75: three quarters used)
 * @param defaultCalendar the calendar of cases whose dealer's country has none of its own
 * @param calendars calendars by country code; Italy ({@code IT}) and Germany ({@code DE}) are built in and may be
 *        replaced or joined by others
 * @param targets first-response and resolution targets by priority, in business time
 * @param typeTargets targets of one case type that differ from those by priority
 */
@ConfigurationProperties("canale.service.sla")
record SlaSettings(Double warningShare, String defaultCalendar, Map<String, Calendar> calendars, Map<ServiceCase.Priority, Target> targets,
        Map<ServiceCase.Type, Map<ServiceCase.Priority, Target>> typeTargets) {

    /**
     * One calendar: its time zone, the country whose public holidays are not worked (a jollyday calendar code such
     * as {@code it}), and the working periods of each weekday, e.g. {@code MONDAY: 08:30-12:30,13:30-17:30}.
     */
    record Calendar(String zone, String holidays, Map<DayOfWeek, String> hours) {
    }

    /** Business time to the first response (staff triage the case) and to its resolution (waiting time excluded). */
    record Target(Duration firstResponse, Duration resolution) {
    }

    SlaSettings {
        warningShare = warningShare == null ? 0.75 : warningShare;
        if (warningShare <= 0 || warningShare >= 1) {
            throw new IllegalArgumentException("canale.service.sla.warning-share must be between 0 and 1, was " + warningShare);
        }
        defaultCalendar = defaultCalendar == null ? "IT" : defaultCalendar.toUpperCase(Locale.ROOT);
        Map<String, Calendar> all = new LinkedHashMap<>(builtInCalendars());
        if (calendars != null) {
            calendars.forEach((country, calendar) -> all.put(country.toUpperCase(Locale.ROOT), calendar));
        }
        calendars = Map.copyOf(all);
        if (!calendars.containsKey(defaultCalendar)) {
            throw new IllegalArgumentException("canale.service.sla.default-calendar names no calendar: " + defaultCalendar);
        }
        Map<ServiceCase.Priority, Target> byPriority = new EnumMap<>(builtInTargets());
        if (targets != null) {
            byPriority.putAll(targets);
        }
        targets = Map.copyOf(byPriority);
        typeTargets = typeTargets == null ? Map.of() : Map.copyOf(typeTargets);
    }

    Target targetOf(ServiceCase.Type type, ServiceCase.Priority priority) {
        Target own = typeTargets.getOrDefault(type, Map.of()).get(priority);
        return own != null ? own : targets.get(priority);
    }

    private static Map<String, Calendar> builtInCalendars() {
        return Map.of(
                "IT", new Calendar("Europe/Rome", "it", weekdays("08:30-12:30,13:30-17:30")),
                "DE", new Calendar("Europe/Berlin", "de", weekdays("08:00-12:00,13:00-17:00")));
    }

    private static Map<DayOfWeek, String> weekdays(String hours) {
        Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                week.put(day, hours);
            }
        }
        return week;
    }

    /** An 8-hour business day: urgent cases answered within 2 hours and resolved within 2 days, low ones within 10. */
    private static Map<ServiceCase.Priority, Target> builtInTargets() {
        return Map.of(
                ServiceCase.Priority.URGENT, new Target(Duration.ofHours(2), Duration.ofHours(16)),
                ServiceCase.Priority.HIGH, new Target(Duration.ofHours(4), Duration.ofHours(24)),
                ServiceCase.Priority.NORMAL, new Target(Duration.ofHours(8), Duration.ofHours(40)),
                ServiceCase.Priority.LOW, new Target(Duration.ofHours(16), Duration.ofHours(80)));
    }
}
