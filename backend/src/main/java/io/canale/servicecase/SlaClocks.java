package io.canale.servicecase;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The two SLA clocks of a case, computed from its own status history whenever they are read: a changed target or
 * calendar re-evaluates every case, and paused time is never lost because it is never stored. First response runs
 * from opening until staff triage the case; resolution runs from opening until it is resolved, pauses while it
 * waits on somebody, and runs on after a reopening.
 */
final class SlaClocks {

    enum State { RUNNING, WARNING, BREACHED, PAUSED, MET }

    /**
     * One clock. {@code dueAt}: when the target is reached if the clock keeps running (null while paused or stopped);
     * {@code breachedAt}: when it was exceeded, if it was; {@code paused}: waiting time by whom the case waited on.
     */
    record Clock(State state, Duration target, Duration elapsed, Instant dueAt, Instant breachedAt, Duration pausedTotal,
            Map<ServiceCase.WaitingOn, Duration> paused) {
    }

    /** Both clocks of a case, and the calendar they were counted in. */
    record Sla(String calendar, Clock firstResponse, Clock resolution) {
    }

    private SlaClocks() {
    }

    static Sla of(List<ServiceCase.Transition> history, BusinessCalendar calendar, SlaSettings.Target target, double warningShare,
            Instant now) {
        return new Sla(calendar.name(), firstResponse(history, calendar, target.firstResponse(), warningShare, now),
                resolution(history, calendar, target.resolution(), warningShare, now));
    }

    private static Clock firstResponse(List<ServiceCase.Transition> history, BusinessCalendar calendar, Duration target,
            double warningShare, Instant now) {
        Instant opened = history.getFirst().at();
        Instant answered = history.stream().filter(t -> t.status() != ServiceCase.Status.NEW).map(ServiceCase.Transition::at)
                .findFirst().orElse(null);
        Duration elapsed = calendar.between(opened, answered == null ? now : answered);
        Instant breachedAt = elapsed.compareTo(target) > 0 ? calendar.plus(opened, target) : null;
        State state = answered != null ? (breachedAt == null ? State.MET : State.BREACHED) : running(elapsed, target, warningShare);
        Instant dueAt = answered == null ? calendar.plus(opened, target) : null;
        return new Clock(state, target, elapsed, dueAt, breachedAt, Duration.ZERO, Map.of());
    }

    /** Walks the history: each stretch between two transitions runs, pauses (waiting) or is stopped (resolved, closed). */
    private static Clock resolution(List<ServiceCase.Transition> history, BusinessCalendar calendar, Duration target,
            double warningShare, Instant now) {
        Duration elapsed = Duration.ZERO;
        Instant breachedAt = null;
        Map<ServiceCase.WaitingOn, Duration> paused = new EnumMap<>(ServiceCase.WaitingOn.class);
        for (int i = 0; i < history.size(); i++) {
            ServiceCase.Transition stretch = history.get(i);
            Instant end = i + 1 < history.size() ? history.get(i + 1).at() : now;
            Duration worked = calendar.between(stretch.at(), end);
            if (stretch.status() == ServiceCase.Status.WAITING) {
                paused.merge(stretch.waitingOn() == null ? ServiceCase.WaitingOn.DEALER : stretch.waitingOn(), worked, Duration::plus);
            } else if (runs(stretch.status())) {
                if (breachedAt == null && elapsed.plus(worked).compareTo(target) > 0) {
                    breachedAt = calendar.plus(stretch.at(), target.minus(elapsed));
                }
                elapsed = elapsed.plus(worked);
            }
        }
        ServiceCase.Status current = history.getLast().status();
        State state;
        Instant dueAt = null;
        if (current == ServiceCase.Status.RESOLVED || current == ServiceCase.Status.CLOSED) {
            state = breachedAt == null ? State.MET : State.BREACHED;
        } else if (breachedAt != null) {
            state = State.BREACHED;
        } else if (current == ServiceCase.Status.WAITING) {
            state = State.PAUSED;
        } else {
            state = running(elapsed, target, warningShare);
            dueAt = calendar.plus(now, target.minus(elapsed));
        }
        Duration pausedTotal = paused.values().stream().reduce(Duration.ZERO, Duration::plus);
        return new Clock(state, target, elapsed, dueAt, breachedAt, pausedTotal, Map.copyOf(paused));
    }

    private static boolean runs(ServiceCase.Status status) {
        return status == ServiceCase.Status.NEW || status == ServiceCase.Status.TRIAGED || status == ServiceCase.Status.IN_PROGRESS;
    }

    private static State running(Duration elapsed, Duration target, double warningShare) {
        if (elapsed.compareTo(target) > 0) {
            return State.BREACHED;
        }
        return elapsed.toMillis() >= warningShare * target.toMillis() ? State.WARNING : State.RUNNING;
    }
}
