package io.canale.portal.live;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One timer thread for every session's live connection; each task runs on a virtual thread of its own, so a slow
 * backend or a locked session holds up nobody else.
 */
@Component
class ScheduledLiveTimer implements LiveTimer, DisposableBean {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("live-timer").daemon().factory());

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public Runnable schedule(Duration delay, Runnable task) {
        ScheduledFuture<?> scheduled = timer.schedule(() -> Thread.ofVirtual().name("live-", 0).start(task),
                Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        return () -> scheduled.cancel(false);
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
