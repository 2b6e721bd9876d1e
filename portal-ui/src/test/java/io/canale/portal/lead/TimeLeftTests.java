package io.canale.portal.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeLeftTests {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static TimeLeft left(Duration duration) {
        return TimeLeft.until(NOW.plus(duration), NOW);
    }

    @Test
    void a_day_and_more_is_counted_in_whole_hours_up_to_two_days() {
        assertThat(left(Duration.ofHours(23).plusMinutes(59))).isEqualTo(new TimeLeft(TimeLeft.HOURS, 23));
        assertThat(left(Duration.ofHours(47))).isEqualTo(new TimeLeft(TimeLeft.HOURS, 47));
    }

    @Test
    void two_days_and_more_are_counted_in_whole_days() {
        assertThat(left(Duration.ofHours(48))).isEqualTo(new TimeLeft(TimeLeft.DAYS, 2));
        assertThat(left(Duration.ofHours(80))).isEqualTo(new TimeLeft(TimeLeft.DAYS, 3));
    }

    @Test
    void under_an_hour_is_counted_in_minutes_and_never_as_zero() {
        assertThat(left(Duration.ofMinutes(59))).isEqualTo(new TimeLeft(TimeLeft.MINUTES, 59));
        assertThat(left(Duration.ofSeconds(20))).isEqualTo(new TimeLeft(TimeLeft.MINUTES, 1));
    }

    @Test
    void a_passed_or_current_deadline_has_expired() {
        assertThat(left(Duration.ZERO).expired()).isTrue();
        assertThat(left(Duration.ofMinutes(-5))).isEqualTo(new TimeLeft(TimeLeft.EXPIRED, 0));
        assertThat(left(Duration.ofMinutes(5)).expired()).isFalse();
    }
}
