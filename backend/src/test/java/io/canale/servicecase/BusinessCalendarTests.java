package io.canale.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Working time on the built-in calendars: weekends, breaks, public holidays per country, time zones. */
class BusinessCalendarTests {

    static final BusinessCalendars CALENDARS = new BusinessCalendars(new SlaSettings(null, null, null, null, null));
    static final BusinessCalendar ITALY = CALENDARS.of("IT");
    static final BusinessCalendar GERMANY = CALENDARS.of("de");

    @Test
    void a_weekend_is_not_counted() {
        // Friday 17:00 to Monday 09:30 in Rome: the last half hour of Friday and the first hour of Monday.
        assertThat(ITALY.between(rome("2027-01-15T17:00"), rome("2027-01-18T09:30"))).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void the_lunch_break_is_not_counted() {
        assertThat(ITALY.between(rome("2027-01-12T12:00"), rome("2027-01-12T14:00"))).isEqualTo(Duration.ofHours(1));
        assertThat(ITALY.between(rome("2027-01-12T00:00"), rome("2027-01-13T00:00"))).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void public_holidays_of_the_calendars_country_are_not_counted() {
        // Tuesday 8 December 2026 (Immacolata Concezione) is a holiday in Italy, not in Germany.
        assertThat(ITALY.between(rome("2026-12-07T17:00"), rome("2026-12-09T09:00"))).isEqualTo(Duration.ofHours(1));
        assertThat(GERMANY.between(rome("2026-12-08T00:00"), rome("2026-12-09T00:00"))).isEqualTo(Duration.ofHours(8));
        // Wednesday 2 June 2027 (Festa della Repubblica) in Italy; Monday 17 May 2027 (Whit Monday) in Germany.
        assertThat(ITALY.between(rome("2027-06-02T00:00"), rome("2027-06-03T00:00"))).isZero();
        assertThat(GERMANY.between(rome("2027-06-02T00:00"), rome("2027-06-03T00:00"))).isEqualTo(Duration.ofHours(8));
        assertThat(GERMANY.between(rome("2027-05-17T00:00"), rome("2027-05-18T00:00"))).isZero();
        assertThat(ITALY.between(rome("2027-05-17T00:00"), rome("2027-05-18T00:00"))).isEqualTo(Duration.ofHours(8));
        // Easter Monday 2027 (29 March) in both.
        assertThat(ITALY.between(rome("2027-03-29T00:00"), rome("2027-03-30T00:00"))).isZero();
        assertThat(GERMANY.between(rome("2027-03-29T00:00"), rome("2027-03-30T00:00"))).isZero();
    }

    @Test
    void each_calendar_counts_in_its_own_time_zone() {
        // 07:30 UTC is 08:30 in Rome in winter (work starts) and 08:30 in Berlin (work started at 08:00).
        Instant from = Instant.parse("2027-01-12T07:00:00Z");
        Instant to = Instant.parse("2027-01-12T08:00:00Z");
        assertThat(ITALY.between(from, to)).isEqualTo(Duration.ofMinutes(30));
        assertThat(GERMANY.between(from, to)).isEqualTo(Duration.ofHours(1));
        // In summer Rome is UTC+2: 06:30 UTC is 08:30 local.
        assertThat(ITALY.between(Instant.parse("2027-07-13T06:00:00Z"), Instant.parse("2027-07-13T07:00:00Z")))
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void a_target_falls_on_the_next_working_time() {
        // Friday 16:00 + 4 working hours: 1.5 h on Friday, 2.5 h from Monday 08:30.
        assertThat(ITALY.plus(rome("2027-01-15T16:00"), Duration.ofHours(4))).isEqualTo(rome("2027-01-18T11:00"));
        // Started during the break: counting starts at 13:30.
        assertThat(ITALY.plus(rome("2027-01-12T12:45"), Duration.ofMinutes(30))).isEqualTo(rome("2027-01-12T14:00"));
        assertThat(ITALY.between(rome("2027-01-15T16:00"), ITALY.plus(rome("2027-01-15T16:00"), Duration.ofHours(13))))
                .isEqualTo(Duration.ofHours(13));
    }

    @Test
    void a_calendar_without_working_time_never_reaches_a_target() {
        BusinessCalendar never = new BusinessCalendar("none", ZoneId.of("UTC"), Map.of(), date -> false);
        assertThat(never.plus(Instant.parse("2027-01-12T07:00:00Z"), Duration.ofHours(1))).isNull();
        assertThat(never.between(Instant.parse("2027-01-12T07:00:00Z"), Instant.parse("2027-02-12T07:00:00Z"))).isZero();
    }

    static Instant rome(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Rome")).toInstant();
    }
}
