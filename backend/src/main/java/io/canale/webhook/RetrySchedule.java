package io.canale.webhook;

import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * When to try a failed delivery again: after 5 s, 30 s, 2 min, 10 min, 1 h, 3 h, 6 h, 12 h, then every 24 h, each
 * plus a random 0–20 % so that endpoints that failed together do not all come back at once.
 */
final class RetrySchedule {

    static final List<Duration> DELAYS = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12),
            Duration.ofHours(24));
    static final double JITTER = 0.2;

    private RetrySchedule() {
    }

    /** The wait after the {@code failures}-th failed attempt in a row (1 for the first). */
    static Duration after(int failures, RandomGenerator random) {
        Duration base = DELAYS.get(Math.min(Math.max(failures, 1), DELAYS.size()) - 1);
        return base.plusMillis((long) (base.toMillis() * JITTER * random.nextDouble()));
    }
}
