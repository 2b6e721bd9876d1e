package io.canale.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canale.shared.Actor;
import io.canale.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lead's own transitions: who may answer, until when, and where it goes next. */
class LeadTests {

    static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    static final Duration DAY = Duration.ofHours(24);

    @Test
    void routing_sets_the_dealer_the_deadline_and_the_remaining_candidates() {
        Lead lead = routed(List.of("a", "b", "c"), "a");
        assertThat(lead.status()).isEqualTo(LeadStatus.ROUTED);
        assertThat(lead.dealerId()).isEqualTo("a");
        assertThat(lead.acceptBy()).isEqualTo(T0.plus(DAY));
        assertThat(lead.parties()).extracting(p -> p.partnerId() + "/" + p.role()).containsExactly("a/ROUTED_DEALER");
        assertThat(lead.pendingEvents()).hasAtLeastOneElementOfType(LeadRouted.class);
    }

    @Test
    void only_the_routed_dealer_may_accept_and_only_in_time() {
        Lead lead = routed(List.of("a", "b"), "a");
        assertThatThrownBy(() -> lead.accept("b", new Actor("x", null), T0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> lead.accept("a", new Actor("x", null), T0.plus(DAY).plusSeconds(1))).isInstanceOf(InvalidInputException.class);
        lead.accept("a", new Actor("x", null), T0.plus(DAY));
        assertThat(lead.status()).isEqualTo(LeadStatus.ACCEPTED);
        assertThat(lead.parties()).extracting(p -> p.role()).containsExactly("OWNER");
        assertThatThrownBy(() -> lead.accept("a", new Actor("x", null), T0)).as("twice").isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_accepted_lead_cannot_be_rerouted() {
        Lead lead = routed(List.of("a"), "a");
        lead.accept("a", new Actor("x", null), T0);
        assertThatThrownBy(() -> lead.route(RoutingDecision.explained(T0, "rules", null, List.of("b"), "b", "manual"), DAY))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void after_a_decline_the_next_eligible_candidate_follows_then_staff() {
        Lead lead = routed(List.of("a", "b", "c"), "a");
        lead.decline("a", "busy", new Actor("x", null), T0);
        RoutingDecision next = lead.nextCandidate(T0, id -> !id.equals("b"));
        assertThat(next.chosenId()).as("b is no longer eligible").isEqualTo("c");
        lead.route(next, DAY);
        lead.decline("c", "busy", new Actor("x", null), T0);
        RoutingDecision none = lead.nextCandidate(T0, id -> true);
        assertThat(none.routed()).isFalse();
        lead.route(none, DAY);
        assertThat(lead.status()).isEqualTo(LeadStatus.UNASSIGNED);
        assertThat(lead.parties()).isEmpty();
        assertThat(lead.triedDealerIds()).containsExactly("a", "c");
    }

    @Test
    void expiry_needs_a_passed_deadline() {
        Lead lead = routed(List.of("a", "b"), "a");
        assertThat(lead.isOverdue(T0.plus(DAY))).isFalse();
        assertThatThrownBy(() -> lead.expire(T0.plus(DAY))).isInstanceOf(IllegalStateException.class);
        lead.expire(T0.plus(DAY).plusSeconds(1));
        assertThat(lead.status()).isEqualTo(LeadStatus.NEW);
        assertThat(lead.timeline()).extracting(e -> e.event()).contains("LEAD_EXPIRED");
    }

    @Test
    void details_validation_reports_every_problem_and_needs_a_way_to_reach_the_person() {
        LeadDetails details = new LeadDetails(new LeadDetails.Contact("Ada", null, null), null,
                new LeadDetails.Address("ZZ", null, null), null, null);
        assertThatThrownBy(() -> details.validated("input")).isInstanceOfSatisfying(InvalidInputException.class,
                ex -> assertThat(ex.errors()).extracting(e -> String.join(".", e.field()))
                        .containsExactlyInAnyOrder("input.contact.email", "input.address.country"));
    }

    @Test
    void duplicate_keys_ignore_case_spacing_and_phone_formatting() {
        LeadDetails a = new LeadDetails(new LeadDetails.Contact("Anna  Blu", "Anna@Example.com", "+39 02 1234 5678"),
                new LeadDetails.Company("Blu S.r.l.", null), new LeadDetails.Address("IT", null, null), null, null);
        LeadDetails b = new LeadDetails(new LeadDetails.Contact("anna blu", "anna@example.COM", "0212345678"),
                new LeadDetails.Company("BLU SRL", null), new LeadDetails.Address("IT", null, null), null, null);
        assertThat(a.emailKey()).isEqualTo(b.emailKey());
        assertThat(a.phoneKey()).isEqualTo(b.phoneKey());
        assertThat(a.companyAndNameKey()).isEqualTo(b.companyAndNameKey());
    }

    private static Lead routed(List<String> candidates, String chosen) {
        Lead lead = Lead.capture(new LeadDetails(new LeadDetails.Contact("Ada", "ada@x.demo", null), null,
                new LeadDetails.Address("IT", null, null), null, null), LeadSource.API, null, new Actor("staff", null), T0);
        lead.route(RoutingDecision.explained(T0, "rules", "R", candidates, chosen, "test"), DAY);
        return lead;
    }
}
