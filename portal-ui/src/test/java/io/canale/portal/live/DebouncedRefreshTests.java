package io.canale.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A view refreshes at once for the first change, then at most once a second however many changes arrive. */
class DebouncedRefreshTests {

    private final FakeTimer timer = new FakeTimer();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final DebouncedRefresh refresh = new DebouncedRefresh(timer, Duration.ofSeconds(1), refreshes::incrementAndGet);

    @Test
    void the_first_change_refreshes_at_once() {
        refresh.touch();
        timer.runDue();

        assertThat(refreshes).hasValue(1);
    }

    @Test
    void a_burst_of_changes_refreshes_once_more_when_the_second_is_over() {
        refresh.touch();
        timer.runDue();
        for (int i = 0; i < 50; i++) {
            refresh.touch();
            timer.advance(Duration.ofMillis(10));
        }
        assertThat(refreshes).as("within the second").hasValue(1);

        timer.advance(Duration.ofMillis(500));
        assertThat(refreshes).hasValue(2);
        timer.advance(Duration.ofSeconds(5));
        assertThat(refreshes).as("nothing new, nothing more").hasValue(2);
    }

    @Test
    void a_cancelled_refresh_never_runs() {
        refresh.touch();
        refresh.cancel();
        timer.advance(Duration.ofSeconds(2));
        refresh.touch();
        timer.advance(Duration.ofSeconds(2));

        assertThat(refreshes).hasValue(0);
    }
}
