package io.canale.portal.live;

import java.time.Duration;
import java.time.Instant;

/**
 * Runs an action when touched: at once if it last ran at least {@code interval} ago, else once when the interval is
 * over, however often it is touched meanwhile.
 */
final class DebouncedRefresh {

    private final LiveTimer timer;
    private final Duration interval;
    private final Runnable action;
    private Instant lastRun;
    private Runnable pending;
    private boolean cancelled;

    DebouncedRefresh(LiveTimer timer, Duration interval, Runnable action) {
        this.timer = timer;
        this.interval = interval;
        this.action = action;
    }

    synchronized void touch() {
        if (pending != null || cancelled) {
            return;
        }
        Duration wait = lastRun == null ? Duration.ZERO : Duration.between(timer.now(), lastRun.plus(interval));
        pending = timer.schedule(wait.isNegative() ? Duration.ZERO : wait, this::fire);
    }

    synchronized void cancel() {
        cancelled = true;
        if (pending != null) {
            pending.run();
            pending = null;
        }
    }

    private void fire() {
        synchronized (this) {
            pending = null;
            if (cancelled) {
                return;
            }
            lastRun = timer.now();
        }
        action.run();
    }
}
