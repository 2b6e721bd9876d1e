package io.canale.servicecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canale.shared.ActingPartner;
import io.canale.shared.Actor;
import io.canale.shared.InvalidInputException;
import io.canale.shared.PartnerType;
import io.canale.shared.UserErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every transition of the case's lifecycle, legal and illegal, on the aggregate alone. */
class ServiceCaseLifecycleTests {

    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    static final Actor STAFF = new Actor("staff@canale.demo", new ActingPartner("ptn_canale", PartnerType.MANUFACTURER));
    static final Actor DEALER = new Actor("dealer@x", new ActingPartner("ptn_dealer", PartnerType.DEALER));
    static final Actor SUPPLIER = new Actor("supplier@x", new ActingPartner("ptn_supplier", PartnerType.SUPPLIER));

    /** Each move, and the states it may start from. */
    static final Map<String, Set<ServiceCase.Status>> LEGAL_FROM = Map.of(
            "triage", EnumSet.of(ServiceCase.Status.NEW),
            "startWork", EnumSet.of(ServiceCase.Status.TRIAGED, ServiceCase.Status.WAITING),
            "waitOn", EnumSet.of(ServiceCase.Status.IN_PROGRESS),
            "resolve", EnumSet.of(ServiceCase.Status.IN_PROGRESS, ServiceCase.Status.WAITING),
            "close", EnumSet.of(ServiceCase.Status.RESOLVED),
            "reopen", EnumSet.of(ServiceCase.Status.RESOLVED, ServiceCase.Status.CLOSED));

    static final Map<String, Consumer<ServiceCase>> MOVES = Map.of(
            "triage", c -> c.triage(ServiceCase.Priority.HIGH, STAFF.subject(), STAFF, T0),
            "startWork", c -> c.startWork(STAFF, T0),
            "waitOn", c -> c.waitOn(ServiceCase.WaitingOn.SUPPLIER, "lot number", STAFF, T0),
            "resolve", c -> c.resolve(ServiceCase.Resolution.REPAIR, null, STAFF, T0),
            "close", c -> c.close(STAFF, T0),
            "reopen", c -> c.reopen("broke again", STAFF, T0));

    @ParameterizedTest
    @EnumSource(ServiceCase.Status.class)
    void every_move_is_allowed_exactly_from_its_states(ServiceCase.Status from) {
        MOVES.forEach((move, apply) -> {
            ServiceCase serviceCase = caseIn(from);
            int transitions = serviceCase.transitions().size();
            if (LEGAL_FROM.get(move).contains(from)) {
                apply.accept(serviceCase);
                assertThat(serviceCase.transitions()).as(move + " from " + from).hasSize(transitions + 1);
            } else {
                assertThatThrownBy(() -> apply.accept(serviceCase)).as(move + " from " + from)
                        .isInstanceOfSatisfying(InvalidInputException.class,
                                ex -> assertThat(ex.errors().getFirst().code()).isEqualTo(UserErrorCode.ILLEGAL_STATE));
                assertThat(serviceCase.status()).as("an illegal move changes nothing").isEqualTo(from);
                assertThat(serviceCase.transitions()).hasSize(transitions);
            }
        });
    }

    @Test
    void every_transition_is_on_the_timeline_and_in_the_status_history() {
        ServiceCase serviceCase = caseIn(ServiceCase.Status.CLOSED);
        serviceCase.reopen("broke again", STAFF, T0);
        assertThat(serviceCase.transitions()).extracting(ServiceCase.Transition::status).containsExactly(ServiceCase.Status.NEW,
                ServiceCase.Status.TRIAGED, ServiceCase.Status.IN_PROGRESS, ServiceCase.Status.RESOLVED, ServiceCase.Status.CLOSED,
                ServiceCase.Status.IN_PROGRESS);
        assertThat(serviceCase.timeline()).extracting(entry -> entry.event()).containsSubsequence("CASE_OPENED", "CASE_TRIAGED",
                "CASE_IN_PROGRESS", "CASE_RESOLVED_REPAIR", "CASE_CLOSED", "CASE_REOPENED");
        assertThat(serviceCase.resolution()).as("reopening clears the resolution").isNull();
    }

    @Test
    void waiting_names_whom_and_why_and_the_awaited_partys_comment_resumes_the_case() {
        ServiceCase serviceCase = caseIn(ServiceCase.Status.IN_PROGRESS);
        serviceCase.waitOn(ServiceCase.WaitingOn.SUPPLIER, "lot number", STAFF, T0);
        assertThat(serviceCase.status()).isEqualTo(ServiceCase.Status.WAITING);
        assertThat(serviceCase.waitingReason()).isEqualTo("lot number");
        assertThat(serviceCase.transitions().getLast().waitingOn()).isEqualTo(ServiceCase.WaitingOn.SUPPLIER);

        serviceCase.comment("c1", CaseComment.Visibility.SHARED, null, "We are checking", DEALER, T0);
        assertThat(serviceCase.status()).as("another party's comment does not resume it").isEqualTo(ServiceCase.Status.WAITING);
        serviceCase.comment("c2", CaseComment.Visibility.INTERNAL, null, "note", SUPPLIER, T0);
        assertThat(serviceCase.status()).isEqualTo(ServiceCase.Status.WAITING);
        serviceCase.comment("c3", CaseComment.Visibility.ADDRESSED, null, "Lot 41", SUPPLIER, T0.plusSeconds(60));
        assertThat(serviceCase.status()).isEqualTo(ServiceCase.Status.IN_PROGRESS);
        assertThat(serviceCase.waitingOn()).isNull();
        assertThat(serviceCase.timeline().getLast().event()).isEqualTo("CASE_ANSWERED");
    }

    @Test
    void a_case_waits_only_on_a_party_it_has_and_with_a_reason() {
        ServiceCase serviceCase = caseIn(ServiceCase.Status.IN_PROGRESS);
        assertThat(codeOf(() -> serviceCase.waitOn(ServiceCase.WaitingOn.CARRIER, "photos", STAFF, T0))).isEqualTo(UserErrorCode.INVALID);
        assertThat(codeOf(() -> serviceCase.waitOn(ServiceCase.WaitingOn.SUPPLIER, " ", STAFF, T0))).isEqualTo(UserErrorCode.REQUIRED);
        serviceCase.waitOn(ServiceCase.WaitingOn.END_CUSTOMER, "photos of the damage", STAFF, T0);
        assertThat(serviceCase.status()).isEqualTo(ServiceCase.Status.WAITING);
    }

    @Test
    void a_rejection_needs_its_reason() {
        ServiceCase serviceCase = caseIn(ServiceCase.Status.IN_PROGRESS);
        assertThat(codeOf(() -> serviceCase.resolve(ServiceCase.Resolution.REJECTED, null, STAFF, T0))).isEqualTo(UserErrorCode.REQUIRED);
        assertThat(serviceCase.status()).isEqualTo(ServiceCase.Status.IN_PROGRESS);
        serviceCase.resolve(ServiceCase.Resolution.REJECTED, "outside the terms", STAFF, T0);
        assertThat(serviceCase.resolutionNote()).isEqualTo("outside the terms");
    }

    @Test
    void the_dealer_stays_and_a_party_the_case_waits_on_cannot_be_removed() {
        ServiceCase serviceCase = caseIn(ServiceCase.Status.IN_PROGRESS);
        assertThat(codeOf(() -> serviceCase.removeParty("ptn_dealer", STAFF, T0))).isEqualTo(UserErrorCode.NOT_ALLOWED);
        serviceCase.waitOn(ServiceCase.WaitingOn.SUPPLIER, "lot number", STAFF, T0);
        assertThat(codeOf(() -> serviceCase.removeParty("ptn_supplier", STAFF, T0))).isEqualTo(UserErrorCode.ILLEGAL_STATE);
        serviceCase.addParty("ptn_carrier", ServiceCase.CARRIER, STAFF, T0);
        assertThat(codeOf(() -> serviceCase.addParty("ptn_carrier", ServiceCase.CARRIER, STAFF, T0))).isEqualTo(UserErrorCode.DUPLICATE);
        serviceCase.removeParty("ptn_carrier", STAFF, T0);
        assertThat(serviceCase.parties()).extracting(p -> p.partnerId()).containsExactly("ptn_dealer", "ptn_supplier");
        assertThat(serviceCase.timeline().getLast().staffOnly()).as("party changes name partners: staff only").isTrue();
    }

    @Test
    void edits_and_deletion_keep_the_comments_history() {
        ServiceCase serviceCase = caseIn(ServiceCase.Status.NEW);
        serviceCase.comment("c1", CaseComment.Visibility.SHARED, null, "first", DEALER, T0);
        serviceCase.editComment("c1", "second", DEALER, T0.plusSeconds(5));
        CaseComment deleted = serviceCase.deleteComment("c1", DEALER, T0.plusSeconds(9));
        assertThat(deleted.body()).isNull();
        assertThat(deleted.isDeleted()).isTrue();
        assertThat(deleted.revisions()).extracting(CaseComment.Revision::body).containsExactly("first", "second");
        assertThat(codeOf(() -> serviceCase.editComment("c1", "third", DEALER, T0))).isEqualTo(UserErrorCode.ILLEGAL_STATE);
    }

    @Test
    void the_reopen_window_counts_from_the_resolution() {
        ServiceCase serviceCase = caseIn(ServiceCase.Status.RESOLVED);
        assertThat(serviceCase.facts(Duration.ofDays(30)).reopenableUntil()).isEqualTo(T0.plus(Duration.ofDays(30)));
        assertThat(caseIn(ServiceCase.Status.IN_PROGRESS).facts(Duration.ofDays(30)).reopenableUntil()).isNull();
    }

    static ServiceCase caseIn(ServiceCase.Status status) {
        ServiceCase serviceCase = ServiceCase.open("case_1", new ServiceCase.Opening("ptn_dealer", ServiceCase.Type.WARRANTY_CLAIM, null,
                "Battery dead", null, List.of(), "BAT-1", null, null, "ptn_supplier", null, null, "IT"), DEALER, T0);
        List<ServiceCase.Status> path = List.of(ServiceCase.Status.TRIAGED, ServiceCase.Status.IN_PROGRESS, ServiceCase.Status.RESOLVED,
                ServiceCase.Status.CLOSED);
        if (status == ServiceCase.Status.WAITING) {
            serviceCase.triage(null, null, STAFF, T0);
            serviceCase.startWork(STAFF, T0);
            serviceCase.waitOn(ServiceCase.WaitingOn.SUPPLIER, "lot number", STAFF, T0);
            return serviceCase;
        }
        for (ServiceCase.Status step : path) {
            if (serviceCase.status() == status) {
                break;
            }
            switch (step) {
                case TRIAGED -> serviceCase.triage(null, null, STAFF, T0);
                case IN_PROGRESS -> serviceCase.startWork(STAFF, T0);
                case RESOLVED -> serviceCase.resolve(ServiceCase.Resolution.REPAIR, null, STAFF, T0);
                case CLOSED -> serviceCase.close(STAFF, T0);
                default -> throw new IllegalStateException();
            }
        }
        assertThat(serviceCase.status()).isEqualTo(status);
        return serviceCase;
    }

    private static UserErrorCode codeOf(Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException ex) {
            return ex.errors().getFirst().code();
        }
        throw new AssertionError("expected a refusal");
    }
}
