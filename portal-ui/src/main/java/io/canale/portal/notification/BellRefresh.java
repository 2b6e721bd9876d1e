package io.canale.portal.notification;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Ticks the bells' fallback refresh while their session's live connection is down: one timer thread for the whole
 * portal, each refresh on a virtual thread of its own, so a slow backend holds up nobody else's bell.
 */
@Component
class BellRefresh implements DisposableBean {

    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("bell-refresh").daemon().factory());

    BellRefresh(@Value("${canale.portal.notification-refresh:30s}") Duration interval) {
        this.interval = interval;
    }

    /** Runs the refresh every interval from now on, until the answer is cancelled. */
    ScheduledFuture<?> every(Runnable refresh) {
        return timer.scheduleWithFixedDelay(() -> Thread.ofVirtual().name("bell-refresh-", 0).start(refresh),
                interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
