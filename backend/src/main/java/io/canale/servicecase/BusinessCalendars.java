package io.canale.servicecase;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The configured business calendars by country, with public holidays from the jollyday tables. */
final class BusinessCalendars {

    private final Map<String, BusinessCalendar> byCountry;
    private final BusinessCalendar fallback;

    BusinessCalendars(SlaSettings settings) {
        Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
        settings.calendars().forEach((country, calendar) -> calendars.put(country, build(country, calendar)));
        this.byCountry = Map.copyOf(calendars);
        this.fallback = byCountry.get(settings.defaultCalendar());
    }

    /** The calendar of a country, or the default one. */
    BusinessCalendar of(String country) {
        return country == null ? fallback : byCountry.getOrDefault(country.toUpperCase(Locale.ROOT), fallback);
    }

    private static BusinessCalendar build(String country, SlaSettings.Calendar settings) {
        Map<DayOfWeek, List<BusinessCalendar.Period>> hours = new EnumMap<>(DayOfWeek.class);
        settings.hours().forEach((day, periods) -> hours.put(day, Arrays.stream(periods.split(","))
                .filter(period -> !period.isBlank()).map(BusinessCalendar.Period::parse).toList()));
        HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(settings.holidays()));
        return new BusinessCalendar(country, ZoneId.of(settings.zone()), hours, date -> holidays.isHoliday(date, HolidayType.PUBLIC_HOLIDAY));
    }
}
