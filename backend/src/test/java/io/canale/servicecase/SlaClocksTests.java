package io.canale.servicecase;

import static org.assertj.core.api.Assertions.assertThat;
import static io.canale.servicecase.BusinessCalendarTests.ITALY;
import static io.canale.servicecase.BusinessCalendarTests.rome;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SLA clocks from a case's status history: thresholds, pauses by whom the case waits on, reopening, a changed policy. */
class SlaClocksTests {

    static final SlaSettings.Target NORMAL = new SlaSettings.Target(Duration.ofHours(8), Duration.ofHours(40));
    static final double WARN = 0.75;

    @Test
    void first_response_runs_until_triage_warns_at_three_quarters_and_breaches_after_the_target() {
        List<ServiceCase.Transition> opened = history(at("2027-01-11T08:30", ServiceCase.Status.NEW));
        assertThat(first(opened, "2027-01-11T14:00").state()).isEqualTo(SlaClocks.State.RUNNING);
        SlaClocks.Clock warning = first(opened, "2027-01-11T16:30");
        assertThat(warning.state()).isEqualTo(SlaClocks.State.WARNING);
        assertThat(warning.elapsed()).isEqualTo(Duration.ofHours(7));
        assertThat(warning.dueAt()).isEqualTo(rome("2027-01-11T17:30"));
        SlaClocks.Clock breached = first(opened, "2027-01-12T09:00");
        assertThat(breached.state()).isEqualTo(SlaClocks.State.BREACHED);
        assertThat(breached.breachedAt()).isEqualTo(rome("2027-01-11T17:30"));

        List<ServiceCase.Transition> triaged = history(at("2027-01-11T08:30", ServiceCase.Status.NEW),
                at("2027-01-11T10:00", ServiceCase.Status.TRIAGED));
        SlaClocks.Clock met = first(triaged, "2027-01-20T10:00");
        assertThat(met.state()).isEqualTo(SlaClocks.State.MET);
        assertThat(met.elapsed()).isEqualTo(Duration.ofMinutes(90));
        assertThat(met.dueAt()).isNull();
    }

    @Test
    void waiting_pauses_resolution_and_says_on_whom_the_time_was_spent() {
        List<ServiceCase.Transition> history = history(at("2027-01-11T08:30", ServiceCase.Status.NEW),
                at("2027-01-11T09:30", ServiceCase.Status.TRIAGED), at("2027-01-11T10:30", ServiceCase.Status.IN_PROGRESS),
                waiting("2027-01-11T11:30", ServiceCase.WaitingOn.SUPPLIER), at("2027-01-12T11:30", ServiceCase.Status.IN_PROGRESS),
                waiting("2027-01-12T12:30", ServiceCase.WaitingOn.END_CUSTOMER));
        SlaClocks.Clock paused = resolution(history, "2027-01-13T08:30", NORMAL);
        assertThat(paused.state()).isEqualTo(SlaClocks.State.PAUSED);
        assertThat(paused.elapsed()).as("3 h before the first wait, 1 h between the waits").isEqualTo(Duration.ofHours(4));
        assertThat(paused.paused()).isEqualTo(Map.of(ServiceCase.WaitingOn.SUPPLIER, Duration.ofHours(8),
                ServiceCase.WaitingOn.END_CUSTOMER, Duration.ofHours(4)));
        assertThat(paused.pausedTotal()).isEqualTo(Duration.ofHours(12));
        assertThat(paused.dueAt()).as("unknown while paused").isNull();
    }

    @Test
    void resolution_stops_when_resolved_and_runs_on_after_a_reopening() {
        List<ServiceCase.Transition> history = new ArrayList<>(history(at("2027-01-11T08:30", ServiceCase.Status.NEW),
                at("2027-01-11T12:30", ServiceCase.Status.TRIAGED), at("2027-01-11T13:30", ServiceCase.Status.IN_PROGRESS),
                at("2027-01-11T17:30", ServiceCase.Status.RESOLVED)));
        SlaClocks.Clock met = resolution(history, "2027-01-25T10:00", NORMAL);
        assertThat(met.state()).isEqualTo(SlaClocks.State.MET);
        assertThat(met.elapsed()).isEqualTo(Duration.ofHours(8));

        history.add(at("2027-01-18T08:30", ServiceCase.Status.IN_PROGRESS));
        SlaClocks.Clock reopened = resolution(history, "2027-01-18T10:30", NORMAL);
        assertThat(reopened.state()).isEqualTo(SlaClocks.State.RUNNING);
        assertThat(reopened.elapsed()).isEqualTo(Duration.ofHours(10));
        assertThat(reopened.dueAt()).as("30 h left from Monday 10:30").isEqualTo(rome("2027-01-21T17:30"));
    }

    @Test
    void a_late_resolution_stays_breached_with_the_moment_of_the_breach() {
        List<ServiceCase.Transition> history = history(at("2027-01-11T08:30", ServiceCase.Status.NEW),
                at("2027-01-11T09:00", ServiceCase.Status.TRIAGED), at("2027-01-11T09:00", ServiceCase.Status.IN_PROGRESS),
                at("2027-01-19T17:30", ServiceCase.Status.RESOLVED));
        SlaClocks.Clock late = resolution(history, "2027-01-25T10:00", NORMAL);
        assertThat(late.state()).isEqualTo(SlaClocks.State.BREACHED);
        assertThat(late.breachedAt()).as("40 working hours after Monday 08:30").isEqualTo(rome("2027-01-15T17:30"));
    }

    @Test
    void a_changed_target_re_evaluates_the_same_history() {
        List<ServiceCase.Transition> history = history(at("2027-01-11T08:30", ServiceCase.Status.NEW),
                at("2027-01-11T09:00", ServiceCase.Status.TRIAGED), waiting("2027-01-11T10:00", ServiceCase.WaitingOn.DEALER),
                at("2027-01-12T10:00", ServiceCase.Status.IN_PROGRESS));
        SlaClocks.Clock before = resolution(history, "2027-01-12T15:00", NORMAL);
        SlaClocks.Clock after = resolution(history, "2027-01-12T15:00", new SlaSettings.Target(Duration.ofHours(2), Duration.ofHours(5)));
        assertThat(before.state()).isEqualTo(SlaClocks.State.RUNNING);
        assertThat(after.state()).isEqualTo(SlaClocks.State.BREACHED);
        assertThat(after.elapsed()).isEqualTo(before.elapsed()).isEqualTo(Duration.ofMinutes(90 + 240));
        assertThat(after.paused()).isEqualTo(before.paused());
    }

    private static SlaClocks.Clock first(List<ServiceCase.Transition> history, String now) {
        return SlaClocks.of(history, ITALY, NORMAL, WARN, rome(now)).firstResponse();
    }

    private static SlaClocks.Clock resolution(List<ServiceCase.Transition> history, String now, SlaSettings.Target target) {
        return SlaClocks.of(history, ITALY, target, WARN, rome(now)).resolution();
    }

    private static List<ServiceCase.Transition> history(ServiceCase.Transition... transitions) {
        return List.of(transitions);
    }

    private static ServiceCase.Transition at(String local, ServiceCase.Status status) {
        return new ServiceCase.Transition(rome(local), status, null, "staff@x");
    }

    private static ServiceCase.Transition waiting(String local, ServiceCase.WaitingOn on) {
        return new ServiceCase.Transition(rome(local), ServiceCase.Status.WAITING, on, "staff@x");
    }

}
