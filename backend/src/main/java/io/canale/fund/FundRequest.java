package io.canale.fund;

import io.canale.security.Facts;
import io.canale.shared.Actor;
import io.canale.shared.InvalidInputException;
import io.canale.shared.Money;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A partner's request for funds from its allocation, kept inside the {@link FundAllocation} it draws on, with its claim
 * and proof of performance. It knows its own transitions and refuses the others; how much it holds of the allocation
 * ({@link #held()}) follows from where it stands. Its {@code version} counts its own changes, for {@code expectedVersion}.
 */
class FundRequest {

    enum Status { IN_REVIEW, INFO_REQUESTED, APPROVED, REJECTED, WITHDRAWN, CLAIMED, CLAIM_APPROVED, PAID, EXPIRED }

    enum ClaimStatus { SUBMITTED, APPROVED, REJECTED }

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 5_000;
    static final int MAX_EVIDENCE = 20;
    /** Zero with the two decimals every amount has. */
    static final BigDecimal NOTHING = new BigDecimal("0.00");

    /** A file of proof of performance in the attachment store (bucket {@value FundEvidence#BUCKET}). */
    record Evidence(String id, ActivityType.EvidenceKind kind, String fileName, String contentType, long size, Instant at) {
    }

    /** The partner's claim: what it asks to be paid, what staff approved and why a claim was rejected. */
    record Claim(BigDecimal amount, String description, ClaimStatus status, BigDecimal approvedAmount, String comment,
            Instant submittedAt, Instant decidedAt) {
    }

    private String id;
    private String allocationId;
    private String partnerId;
    private String currency;
    private ActivityType activity;
    private String title;
    private String plan;
    private BigDecimal requested;
    private BigDecimal approved;
    private String startsOn;
    private String endsOn;
    private Instant claimDeadline;
    private Status status;
    private String question;
    private String answer;
    private String comment;
    private List<Evidence> evidence = new ArrayList<>();
    private Claim claim;
    private String paymentReference;
    private Instant submittedAt;
    private Instant paidAt;
    private int version;

    protected FundRequest() {
    }

    static FundRequest submit(String id, FundAllocation allocation, ActivityType activity, String title, String plan, Money requested,
            String startsOn, String endsOn, Instant at) {
        UserErrors errors = new UserErrors();
        if (activity == null) {
            errors.add("input.activity", UserErrorCode.REQUIRED, "say what the activity is");
        }
        errors.requireText("input.title", title, MAX_TITLE).requireText("input.plan", plan, MAX_TEXT);
        LocalDate start = FundBudget.date("input.startsOn", startsOn, errors);
        LocalDate end = FundBudget.date("input.endsOn", endsOn, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("input.endsOn", UserErrorCode.INVALID, "the activity ends before it starts");
        }
        if (requested != null && !requested.currency().equals(allocation.currency())) {
            errors.add("input.amount.currency", UserErrorCode.INVALID, "the allocation is in " + allocation.currency());
        }
        errors.throwIfAny();
        FundRequest request = new FundRequest();
        request.id = id;
        request.allocationId = allocation.id();
        request.partnerId = allocation.partnerId();
        request.currency = allocation.currency();
        request.activity = activity;
        request.title = title.strip();
        request.plan = plan.strip();
        request.requested = requested.amount();
        request.startsOn = start.toString();
        request.endsOn = end.toString();
        request.claimDeadline = end.plusDays(allocation.claimDays() + 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
        request.status = Status.IN_REVIEW;
        request.submittedAt = at;
        return request;
    }

    /** What the request holds of its allocation: asked for while undecided, then approved, then the approved claim. */
    BigDecimal held() {
        return switch (status) {
            case IN_REVIEW, INFO_REQUESTED -> requested;
            case APPROVED, CLAIMED -> approved;
            case CLAIM_APPROVED, PAID -> claim.approvedAmount();
            case REJECTED, WITHDRAWN, EXPIRED -> NOTHING;
        };
    }

    /** Staff approve all or part of what was asked, before the claim deadline. */
    void approve(BigDecimal amount, String why, Instant now) {
        require(EnumSet.of(Status.IN_REVIEW), "approved");
        BigDecimal granted = checked(amount, requested);
        if (granted.compareTo(requested) > 0) {
            throw new InvalidInputException("input.amount.amount", UserErrorCode.EXCEEDS_AVAILABLE,
                    "at most the " + requested.toPlainString() + " " + currency + " requested");
        }
        if (!now.isBefore(claimDeadline)) {
            throw new InvalidInputException("input.id", UserErrorCode.DEADLINE_PASSED, "the claim deadline of this activity has passed");
        }
        new UserErrors().maxLength("input.comment", why, MAX_TEXT).throwIfAny();
        approved = granted;
        comment = blankToNull(why);
        status = Status.APPROVED;
        version++;
    }

    void reject(String why) {
        require(EnumSet.of(Status.IN_REVIEW), "rejected");
        new UserErrors().requireText("input.comment", why, MAX_TEXT).throwIfAny();
        comment = why.strip();
        status = Status.REJECTED;
        version++;
    }

    void askForInformation(String what) {
        require(EnumSet.of(Status.IN_REVIEW), "asked about");
        new UserErrors().requireText("input.comment", what, MAX_TEXT).throwIfAny();
        question = what.strip();
        status = Status.INFO_REQUESTED;
        version++;
    }

    /** The partner answers staff's question; the request returns to review. */
    void answer(String text) {
        require(EnumSet.of(Status.INFO_REQUESTED), "answered");
        new UserErrors().requireText("input.answer", text, MAX_TEXT).throwIfAny();
        answer = text.strip();
        status = Status.IN_REVIEW;
        version++;
    }

    void withdraw() {
        require(EnumSet.of(Status.IN_REVIEW, Status.INFO_REQUESTED), "withdrawn");
        status = Status.WITHDRAWN;
        version++;
    }

    void addEvidence(Evidence file, Instant now) {
        requireClaimable(now);
        if (evidence.size() >= MAX_EVIDENCE) {
            throw new InvalidInputException("file", UserErrorCode.TOO_MANY, "a request holds at most " + MAX_EVIDENCE + " files");
        }
        evidence.add(file);
        version++;
    }

    /** The kinds of proof the activity needs of which no file is attached yet. */
    List<ActivityType.EvidenceKind> missingEvidence() {
        Set<ActivityType.EvidenceKind> attached = EnumSet.noneOf(ActivityType.EvidenceKind.class);
        evidence.forEach(file -> attached.add(file.kind()));
        return activity.requiredEvidence().stream().filter(kind -> !attached.contains(kind)).toList();
    }

    /** The partner claims at most the approved amount, before the deadline, with every required kind of proof. */
    void claim(BigDecimal amount, String description, Instant now) {
        requireClaimable(now);
        BigDecimal asked = checked(amount, approved);
        UserErrors errors = new UserErrors().requireText("input.description", description, MAX_TEXT);
        if (asked.compareTo(approved) > 0) {
            errors.add("input.amount.amount", UserErrorCode.EXCEEDS_AVAILABLE, "at most the " + approved.toPlainString() + " " + currency + " approved");
        }
        List<ActivityType.EvidenceKind> missing = missingEvidence();
        if (!missing.isEmpty()) {
            errors.add("input.id", UserErrorCode.EVIDENCE_MISSING, "attach proof of performance first: "
                    + String.join(", ", missing.stream().map(Enum::name).toList()));
        }
        errors.throwIfAny();
        claim = new Claim(asked, description.strip(), ClaimStatus.SUBMITTED, null, null, now, null);
        status = Status.CLAIMED;
        version++;
    }

    void approveClaim(BigDecimal amount, String why, Instant now) {
        require(EnumSet.of(Status.CLAIMED), "a claim approved");
        BigDecimal granted = checked(amount, claim.amount());
        if (granted.compareTo(claim.amount()) > 0) {
            throw new InvalidInputException("input.amount.amount", UserErrorCode.EXCEEDS_AVAILABLE,
                    "at most the " + claim.amount().toPlainString() + " " + currency + " claimed");
        }
        new UserErrors().maxLength("input.comment", why, MAX_TEXT).throwIfAny();
        claim = new Claim(claim.amount(), claim.description(), ClaimStatus.APPROVED, granted, blankToNull(why), claim.submittedAt(), now);
        status = Status.CLAIM_APPROVED;
        version++;
    }

    /** A rejected claim leaves the request approved: the partner may claim again until the deadline. */
    void rejectClaim(String why, Instant now) {
        require(EnumSet.of(Status.CLAIMED), "a claim rejected");
        new UserErrors().requireText("input.comment", why, MAX_TEXT).throwIfAny();
        claim = new Claim(claim.amount(), claim.description(), ClaimStatus.REJECTED, null, why.strip(), claim.submittedAt(), now);
        status = Status.APPROVED;
        version++;
    }

    void markPaid(String reference, Instant now) {
        require(EnumSet.of(Status.CLAIM_APPROVED), "paid");
        new UserErrors().requireText("input.reference", reference, MAX_TITLE).throwIfAny();
        paymentReference = reference.strip();
        paidAt = now;
        status = Status.PAID;
        version++;
    }

    /** Releases an approved request whose claim deadline passed without a claim; answers whether it did. */
    boolean expireIfDue(Instant now) {
        if (status != Status.APPROVED || now.isBefore(claimDeadline)) {
            return false;
        }
        status = Status.EXPIRED;
        version++;
        return true;
    }

    /** When an approved request without a pending claim expires; null when it cannot. */
    Instant openDeadline() {
        return status == Status.APPROVED ? claimDeadline : null;
    }

    boolean awaitingStaff() {
        return status == Status.IN_REVIEW || status == Status.CLAIMED || status == Status.CLAIM_APPROVED;
    }

    Facts.FundRequest facts(Instant now) {
        return new Facts.FundRequest(partnerId, status == Status.IN_REVIEW, status == Status.INFO_REQUESTED,
                status == Status.APPROVED && now.isBefore(claimDeadline), status == Status.CLAIMED, status == Status.CLAIM_APPROVED);
    }

    private void requireClaimable(Instant now) {
        require(EnumSet.of(Status.APPROVED), "claimed");
        if (!now.isBefore(claimDeadline)) {
            throw new InvalidInputException("input.id", UserErrorCode.DEADLINE_PASSED, "the claim deadline was " + claimDeadline);
        }
    }

    private void require(Set<Status> allowed, String what) {
        if (!allowed.contains(status)) {
            throw new InvalidInputException("input.id", UserErrorCode.ILLEGAL_STATE,
                    "a request that is " + status.name().toLowerCase().replace('_', ' ') + " cannot be " + what);
        }
    }

    /** An amount given with a decision or claim (positive, two decimals at most), or {@code otherwise} when none is. */
    private BigDecimal checked(BigDecimal amount, BigDecimal otherwise) {
        if (amount == null) {
            return otherwise;
        }
        UserErrors errors = new UserErrors();
        Money.of(amount, currency, "input", errors);
        errors.throwIfAny();
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String id() { return id; }
    String allocationId() { return allocationId; }
    String partnerId() { return partnerId; }
    public ActivityType activity() { return activity; }
    public String title() { return title; }
    public String plan() { return plan; }
    public Money requestedAmount() { return new Money(requested, currency); }
    public Money approvedAmount() { return approved == null ? null : new Money(approved, currency); }
    public Money heldAmount() { return new Money(held(), currency); }
    public String startsOn() { return startsOn; }
    public String endsOn() { return endsOn; }
    public Instant claimDeadline() { return claimDeadline; }
    public Status status() { return status; }
    public String question() { return question; }
    public String answer() { return answer; }
    public String comment() { return comment; }
    public List<Evidence> evidence() { return List.copyOf(evidence); }
    public List<ActivityType.EvidenceKind> requiredEvidence() { return activity.requiredEvidence(); }
    Claim claim() { return claim; }
    String currency() { return currency; }
    public String paymentReference() { return paymentReference; }
    public Instant submittedAt() { return submittedAt; }
    public Instant paidAt() { return paidAt; }
    public int version() { return version; }
}
