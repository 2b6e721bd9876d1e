package io.canale.portal.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A timer the test moves by hand: due tasks run on the test's thread, in the order they are due. */
final class FakeTimer implements LiveTimer {

    record Task(Instant due, Duration delay, Runnable task, boolean[] cancelled) {
    }

    private Instant now = Instant.parse("2026-12-07T10:00:00Z");
    private final List<Task> tasks = new ArrayList<>();

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized Runnable schedule(Duration delay, Runnable task) {
        Task scheduled = new Task(now.plus(delay), delay, task, new boolean[1]);
        tasks.add(scheduled);
        return () -> scheduled.cancelled()[0] = true;
    }

    /** Moves the clock forward, running every task that falls due on the way. */
    void advance(Duration by) {
        Instant until = now.plus(by);
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(task -> !task.due().isAfter(until))
                        .min(Comparator.comparing(Task::due)).orElse(null);
                if (next == null) {
                    now = until;
                    return;
                }
                tasks.remove(next);
                if (next.due().isAfter(now)) {
                    now = next.due();
                }
            }
            if (!next.cancelled()[0]) {
                next.task().run();
            }
        }
    }

    /** Runs what is due now. */
    void runDue() {
        advance(Duration.ZERO);
    }

    /** The delays of the tasks still waiting (not cancelled). */
    synchronized List<Duration> pendingDelays() {
        return tasks.stream().filter(task -> !task.cancelled()[0]).map(Task::delay).toList();
    }
}
