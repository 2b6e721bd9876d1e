package io.canale.portal.fund;

import io.canale.portal.api.Money;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.SchemaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What one partner was allocated of a budget, with its requests: the API's {@code FundAllocation}. */
@SchemaType
record FundAllocation(String id, String budgetName, PartnerRef partner, Money amount, Money heldAmount, Money availableAmount,
        List<Request> requests, boolean awaitingStaff, int version, Actions viewerCan) {

    FundAllocation {
        requests = requests == null ? List.of() : requests;
    }

    @SchemaType("FundAllocationActions")
    record Actions(boolean requestFunds) {
    }

    @SchemaType("FundActivityType")
    enum Activity { EVENT, TRADE_SHOW, DIGITAL_ADVERTISING, PRINT_ADVERTISING, TRAINING }

    @SchemaType("FundEvidenceKind")
    enum EvidenceKind { INVOICE, PHOTOS, ATTENDEE_LIST, SCREENSHOTS, PERFORMANCE_REPORT, COPY_OF_AD }

    @SchemaType("FundRequestStatus")
    enum Status { IN_REVIEW, INFO_REQUESTED, APPROVED, REJECTED, WITHDRAWN, CLAIMED, CLAIM_APPROVED, PAID, EXPIRED }

    @SchemaType("FundClaimStatus")
    enum ClaimStatus { SUBMITTED, APPROVED, REJECTED }

    /** A request for funds: the API's {@code FundRequest}. */
    @SchemaType("FundRequest")
    record Request(String id, String allocationId, Activity activity, String title, String plan, Money requestedAmount,
            Money approvedAmount, LocalDate startsOn, LocalDate endsOn, Instant claimDeadline, Status status, String question,
            String answer, String comment, List<EvidenceKind> missingEvidence, List<Evidence> evidence, Claim claim, int version,
            RequestActions viewerCan) {

        Request {
            missingEvidence = missingEvidence == null ? List.of() : missingEvidence;
            evidence = evidence == null ? List.of() : evidence;
        }
    }

    @SchemaType("FundEvidence")
    record Evidence(String id, EvidenceKind kind, String fileName, String contentType, long size, String downloadPath) {
    }

    @SchemaType("FundClaim")
    record Claim(Money amount, String description, ClaimStatus status, Money approvedAmount, String comment) {
    }

    @SchemaType("FundRequestActions")
    record RequestActions(boolean approve, boolean reject, boolean askForInformation, boolean answer, boolean withdraw,
            boolean attachEvidence, boolean claim, boolean approveClaim, boolean rejectClaim, boolean markPaid) {
    }
}
