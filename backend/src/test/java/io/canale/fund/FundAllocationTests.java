package io.canale.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canale.shared.Actor;
import io.canale.shared.InvalidInputException;
import io.canale.shared.Money;
import io.canale.shared.UserErrorCode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The allocation and its requests as a state machine, without the store: what each step holds and what it refuses. */
class FundAllocationTests {

    static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    static final Actor STAFF = new Actor("staff", null);

    FundAllocation allocation(String amount, int claimDays) {
        FundBudget budget = FundBudget.create("fbg_1", "MDF 2027", new Money(new BigDecimal("10000.00"), "EUR"), "2027-01-01", "2027-12-31",
                claimDays, STAFF, NOW);
        FundBudget.Grant grant = budget.grant("ptn_rossi_auto", "fal_1", new BigDecimal(amount), STAFF, NOW);
        return FundAllocation.fromGrant(budget, grant, new FundAllocation.Basis(FundAllocation.BasisKind.FIXED, null, null, null, null), STAFF);
    }

    FundRequest request(FundAllocation allocation, String id, ActivityType activity, String amount) {
        return allocation.request(id, activity, "Show", "A stand", new Money(new BigDecimal(amount), "EUR"), "2027-03-10", "2027-03-12",
                STAFF, NOW);
    }

    static UserErrorCode codeOf(Runnable step) {
        try {
            step.run();
        } catch (InvalidInputException refused) {
            return refused.errors().getFirst().code();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void every_state_holds_what_it_should_of_the_allocation() {
        FundAllocation allocation = allocation("1000.00", 30);
        FundRequest request = request(allocation, "frq_1", ActivityType.TRADE_SHOW, "600.00");
        assertThat(allocation.available()).isEqualByComparingTo("400.00");
        allocation.change("frq_1", r -> r.askForInformation("Which hall?"), STAFF, NOW);
        assertThat(allocation.available()).as("a question keeps the hold").isEqualByComparingTo("400.00");
        allocation.change("frq_1", r -> r.answer("Hall 21"), STAFF, NOW);
        allocation.change("frq_1", r -> r.approve(new BigDecimal("500.00"), null, NOW), STAFF, NOW);
        assertThat(allocation.available()).isEqualByComparingTo("500.00");
        assertThat(allocation.nextClaimDeadline()).isEqualTo(Instant.parse("2027-04-12T00:00:00Z"));
        allocation.change("frq_1", r -> r.addEvidence(new FundRequest.Evidence("f1", ActivityType.EvidenceKind.INVOICE, "i.pdf",
                "application/pdf", 10, NOW), NOW), STAFF, NOW);
        assertThat(request.missingEvidence()).containsExactly(ActivityType.EvidenceKind.PHOTOS);
        assertThat(codeOf(() -> request.claim(new BigDecimal("400.00"), "done", NOW))).isEqualTo(UserErrorCode.EVIDENCE_MISSING);
        request.addEvidence(new FundRequest.Evidence("f2", ActivityType.EvidenceKind.PHOTOS, "p.jpg", "image/jpeg", 10, NOW), NOW);
        assertThat(codeOf(() -> request.claim(new BigDecimal("500.01"), "done", NOW))).isEqualTo(UserErrorCode.EXCEEDS_AVAILABLE);
        allocation.change("frq_1", r -> r.claim(new BigDecimal("450.00"), "done", NOW), STAFF, NOW);
        assertThat(allocation.nextClaimDeadline()).as("a claim in time stops the clock").isNull();
        assertThat(allocation.awaitingStaff()).isTrue();
        allocation.change("frq_1", r -> r.approveClaim(null, null, NOW), STAFF, NOW);
        assertThat(allocation.available()).as("the claim's rest is released").isEqualByComparingTo("550.00");
        allocation.change("frq_1", r -> r.markPaid("SEPA-1", NOW), STAFF, NOW);
        assertThat(request.status()).isEqualTo(FundRequest.Status.PAID);
        assertThat(allocation.available()).isEqualByComparingTo("550.00");
        assertThat(allocation.awaitingStaff()).isFalse();
        assertThat(codeOf(() -> request.markPaid("again", NOW))).isEqualTo(UserErrorCode.ILLEGAL_STATE);
    }

    @Test
    void illegal_transitions_are_refused_as_illegal_state() {
        FundAllocation allocation = allocation("1000.00", 30);
        FundRequest request = request(allocation, "frq_1", ActivityType.EVENT, "100.00");
        assertThat(codeOf(() -> request.answer("nobody asked"))).isEqualTo(UserErrorCode.ILLEGAL_STATE);
        assertThat(codeOf(() -> request.claim(null, "too early", NOW))).isEqualTo(UserErrorCode.ILLEGAL_STATE);
        assertThat(codeOf(() -> request.approveClaim(null, null, NOW))).isEqualTo(UserErrorCode.ILLEGAL_STATE);
        assertThat(codeOf(() -> request.reject(" "))).as("a rejection says why").isEqualTo(UserErrorCode.REQUIRED);
        request.reject("Out of scope");
        assertThat(request.held()).isEqualByComparingTo("0");
        assertThat(codeOf(() -> request.approve(null, null, NOW))).isEqualTo(UserErrorCode.ILLEGAL_STATE);
        assertThat(codeOf(request::withdraw)).isEqualTo(UserErrorCode.ILLEGAL_STATE);
    }

    @Test
    void requests_never_hold_more_than_the_allocation_and_released_funds_can_be_requested_again() {
        FundAllocation allocation = allocation("1000.00", 30);
        request(allocation, "frq_1", ActivityType.EVENT, "700.00");
        assertThat(codeOf(() -> request(allocation, "frq_2", ActivityType.EVENT, "300.01"))).isEqualTo(UserErrorCode.EXCEEDS_AVAILABLE);
        request(allocation, "frq_2", ActivityType.EVENT, "300.00");
        assertThat(allocation.available()).isEqualByComparingTo("0");
        allocation.change("frq_1", FundRequest::withdraw, STAFF, NOW);
        request(allocation, "frq_3", ActivityType.EVENT, "700.00");
        assertThat(allocation.requests()).hasSize(3);
        assertThat(request(allocation, "frq_3", ActivityType.EVENT, "700.00").id()).as("a retry is the same request").isEqualTo("frq_3");
        assertThat(allocation.requests()).hasSize(3);
    }

    @Test
    void an_approved_request_expires_at_its_claim_deadline_once() {
        FundAllocation allocation = allocation("1000.00", 0);
        request(allocation, "frq_1", ActivityType.PRINT_ADVERTISING, "400.00");
        allocation.change("frq_1", r -> r.approve(null, null, NOW), STAFF, NOW);
        Instant deadline = Instant.parse("2027-03-13T00:00:00Z");
        assertThat(allocation.expireClaims(deadline.minusMillis(1), Actor.SYSTEM)).isZero();
        FundRequest request = allocation.request("frq_1");
        assertThat(codeOf(() -> request.claim(null, "late", deadline))).isEqualTo(UserErrorCode.DEADLINE_PASSED);
        assertThat(allocation.expireClaims(deadline, Actor.SYSTEM)).isEqualTo(1);
        assertThat(allocation.expireClaims(deadline.plus(Duration.ofDays(1)), Actor.SYSTEM)).isZero();
        assertThat(allocation.available()).isEqualByComparingTo("1000.00");
        assertThat(allocation.nextClaimDeadline()).isNull();
    }

    @Test
    void a_budget_never_grants_more_than_it_has_nor_twice_to_one_partner() {
        FundBudget budget = FundBudget.create("fbg_1", "MDF", new Money(new BigDecimal("100.00"), "EUR"), "2027-01-01", "2027-12-31", 30,
                STAFF, NOW);
        budget.grant("ptn_a", "fal_a", new BigDecimal("60.00"), STAFF, NOW);
        assertThatThrownBy(() -> budget.grant("ptn_b", "fal_b", new BigDecimal("40.01"), STAFF, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().code()).isEqualTo(UserErrorCode.EXCEEDS_AVAILABLE));
        assertThat(codeOf(() -> budget.grant("ptn_a", "fal_a", new BigDecimal("1.00"), STAFF, NOW))).isEqualTo(UserErrorCode.DUPLICATE);
        budget.grant("ptn_b", "fal_b", new BigDecimal("40.00"), STAFF, NOW);
        assertThat(budget.available().amount()).isEqualByComparingTo("0");
    }
}
