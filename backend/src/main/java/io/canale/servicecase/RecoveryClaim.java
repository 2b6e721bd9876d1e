package io.canale.servicecase;

import io.canale.security.Facts;
import io.canale.shared.Actor;
import io.canale.shared.Audit;
import io.canale.shared.InvalidInputException;
import io.canale.shared.Money;
import io.canale.shared.Party;
import io.canale.shared.TimelineEntry;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Staff's claim, from a service case, against the supplier of a defective part or the carrier that damaged goods:
 * an amount, the evidence, and the claimed party's answer. A document of its own, because only that party and
 * staff may see it — never the dealer, nor the case's other parties.
 */
@Document("recovery_claims")
@CompoundIndex(name = "by_case", def = "{'caseId': 1, 'createdAt': 1}")
// Indexes are checked against every query the tests send (IndexCoverageIT); connections end in '_id': 1 (see Pages.scroll).
@CompoundIndex(name = "newest", def = "{'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "party_newest", def = "{'parties.partnerId': 1, 'createdAt': -1, '_id': 1}")
class RecoveryClaim {

    enum Reason { DEFECTIVE_PART, TRANSPORT_DAMAGE }

    enum Status { OPEN, ACCEPTED, DISPUTED, WITHDRAWN }

    static final int MAX_EVIDENCE = 10_000;

    @Id
    private String id;
    private String caseId;
    private String againstId;
    private Reason reason;
    private Money amount;
    private String evidence;
    private Status status;
    private String answer;
    private List<Party> parties = new ArrayList<>();
    private List<TimelineEntry> timeline = new ArrayList<>();
    private Instant createdAt;
    private Audit audit;
    @Version
    private Long version;

    protected RecoveryClaim() {
    }

    static RecoveryClaim open(String id, String caseId, Party against, Reason reason, Money amount, String evidence, Actor by, Instant at) {
        UserErrors errors = new UserErrors();
        if (reason == null) {
            errors.add("input.reason", UserErrorCode.REQUIRED, "say what the claim is for");
        } else if (reason == Reason.DEFECTIVE_PART != ServiceCase.SUPPLIER.equals(against.role())) {
            errors.add("input.reason", UserErrorCode.INVALID, "a defective part is claimed from the supplier, transport damage from the carrier");
        }
        errors.requireText("input.evidence", evidence, MAX_EVIDENCE).throwIfAny();
        RecoveryClaim claim = new RecoveryClaim();
        claim.id = id;
        claim.caseId = caseId;
        claim.againstId = against.partnerId();
        claim.reason = reason;
        claim.amount = amount;
        claim.evidence = evidence.strip();
        claim.status = Status.OPEN;
        claim.parties.add(against);
        claim.createdAt = at;
        claim.audit = Audit.createdBy(by, at);
        claim.timeline.add(TimelineEntry.shared(at, by, "CLAIM_OPENED", "Claim of " + amount.amount() + " " + amount.currency() + " opened",
                amount.amount().toPlainString(), amount.currency()));
        return claim;
    }

    /** The claimed party accepts, or disputes saying why. */
    void answer(boolean accept, String why, Actor by, Instant at) {
        requireOpen();
        if (!accept) {
            new UserErrors().requireText("input.reason", why, 2_000).throwIfAny();
        } else {
            new UserErrors().maxLength("input.reason", why, 2_000).throwIfAny();
        }
        status = accept ? Status.ACCEPTED : Status.DISPUTED;
        answer = why == null || why.isBlank() ? null : why.strip();
        audit = audit.changedBy(by, at);
        timeline.add(TimelineEntry.shared(at, by, accept ? "CLAIM_ACCEPTED" : "CLAIM_DISPUTED",
                accept ? "Accepted" : "Disputed: " + answer, answer == null ? "" : answer));
    }

    void withdraw(Actor by, Instant at) {
        if (status == Status.ACCEPTED || status == Status.WITHDRAWN) {
            throw new InvalidInputException("input.id", UserErrorCode.ILLEGAL_STATE, "the claim is already " + status.name().toLowerCase());
        }
        status = Status.WITHDRAWN;
        audit = audit.changedBy(by, at);
        timeline.add(TimelineEntry.shared(at, by, "CLAIM_WITHDRAWN", "Withdrawn"));
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new InvalidInputException("input.id", UserErrorCode.ILLEGAL_STATE, "the claim was already " + status.name().toLowerCase());
        }
    }

    Facts.RecoveryClaim facts() {
        return new Facts.RecoveryClaim(againstId, status == Status.OPEN, status == Status.OPEN || status == Status.DISPUTED);
    }

    public String id() { return id; }
    String caseId() { return caseId; }
    String againstId() { return againstId; }
    public Reason reason() { return reason; }
    public Money amount() { return amount; }
    public String evidence() { return evidence; }
    public Status status() { return status; }
    public String answer() { return answer; }
    List<Party> parties() { return List.copyOf(parties); }
    List<TimelineEntry> timeline() { return List.copyOf(timeline); }
    public Instant createdAt() { return createdAt; }
    public Audit audit() { return audit; }
    public Long version() { return version; }
}
