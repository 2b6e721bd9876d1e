package io.canale.portal.live;

import java.time.Instant;
import java.time.Duration;

/** When things happen on the live connection: reconnects, token renewals, debounced refreshes. Tests move it by hand. */
interface LiveTimer {

    Instant now();

    /** Runs the task once after the delay (on a thread of its own); cancel with the answer. */
    Runnable schedule(Duration delay, Runnable task);
}
