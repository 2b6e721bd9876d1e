package io.canale.portal.live;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs actions one at a time, in the order they were posted, on whichever thread finds the queue idle; a thread that
 * posts while another runs actions returns at once (its action runs next). No lock is held while an action runs, so
 * an action may post further actions, and a thread holding the Vaadin session lock never waits here.
 */
final class SerialActions {

    private static final Logger log = LoggerFactory.getLogger(SerialActions.class);

    private final Queue<Runnable> actions = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pending = new AtomicInteger();

    void run(Runnable action) {
        actions.add(action);
        if (pending.getAndIncrement() != 0) {
            return;
        }
        do {
            try {
                actions.poll().run();
            } catch (RuntimeException ex) {
                log.warn("live connection: {}", ex.toString(), ex);
            }
        } while (pending.decrementAndGet() != 0);
    }
}
