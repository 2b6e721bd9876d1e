package io.canale.deal;

import io.canale.security.Facts;
import io.canale.shared.Actor;
import io.canale.shared.Audit;
import io.canale.shared.Ids;
import io.canale.shared.InvalidInputException;
import io.canale.shared.Money;
import io.canale.shared.Party;
import io.canale.shared.TimelineEntry;
import io.canale.shared.UserErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A dealer's claim to a deal, with the conflict that put it in review and staff's decision. */
@Document("deal_registrations")
// Indexes are checked against every query the tests send (IndexCoverageIT); connections end in '_id': 1 (see Pages.scroll).
@CompoundIndex(name = "newest", def = "{'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "party_newest", def = "{'parties.partnerId': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "conflict_vat_oldest", def = "{'productLineKey': 1, 'vatKey': 1, 'createdAt': 1}")
@CompoundIndex(name = "conflict_company_oldest", def = "{'productLineKey': 1, 'companyKey': 1, 'createdAt': 1}")
@CompoundIndex(name = "company", def = "{'companyKey': 1}")
@CompoundIndex(name = "status_oldest", def = "{'status': 1, 'createdAt': 1}")
class DealRegistration implements io.canale.shared.TimelineRecord {

    enum Status { SUBMITTED, IN_REVIEW, APPROVED, REJECTED }

    enum Rule { SAME_VAT_NUMBER, SAME_COMPANY_NAME }

    /** The earlier registration this one collides with, kept with what a dealer may be told of it. */
    record Conflict(Rule rule, String earlierRegistrationId, String earlierDealerId, Instant earlierRegisteredAt,
            Instant earlierProtectedUntil, String explanation) {
    }

    @Id
    private String id;
    private String dealerId;
    private String customerName;
    private String vatNumber;
    private String companyKey;
    private String vatKey;
    private String productLine;
    private String productLineKey;
    private Money expectedValue;
    private String expectedCloseDate;
    private Status status;
    private Conflict conflict;
    private Instant protectedUntil;
    private String decisionReason;
    private List<Party> parties = new ArrayList<>();
    private List<TimelineEntry> timeline = new ArrayList<>();
    private Instant createdAt;
    private Audit audit;
    @Version
    private Long version;

    protected DealRegistration() {
    }

    static DealRegistration register(DealTerms terms, String dealerId, Conflict conflict, Actor by, Instant at) {
        DealRegistration deal = new DealRegistration();
        deal.id = Ids.next("deal");
        deal.dealerId = dealerId;
        deal.customerName = terms.customerName();
        deal.vatNumber = terms.vatNumber();
        deal.companyKey = terms.companyKey();
        deal.vatKey = terms.vatKey();
        deal.productLine = terms.productLine();
        deal.productLineKey = terms.productLine().toLowerCase(Locale.ROOT);
        deal.expectedValue = terms.expectedValue();
        deal.expectedCloseDate = terms.expectedCloseDate().toString();
        deal.conflict = conflict;
        deal.status = conflict == null ? Status.SUBMITTED : Status.IN_REVIEW;
        deal.parties.add(new Party(dealerId, "REGISTRANT"));
        deal.createdAt = at;
        deal.audit = Audit.createdBy(by, at);
        deal.timeline.add(TimelineEntry.shared(at, by, "DEAL_REGISTERED", "Deal registered"));
        if (conflict != null) {
            deal.timeline.add(TimelineEntry.shared(at, Actor.SYSTEM, "DEAL_CONFLICT", conflict.explanation()));
        }
        return deal;
    }

    void approve(Duration protection, Actor by, Instant at) {
        requireOpen();
        status = Status.APPROVED;
        protectedUntil = at.plus(protection);
        timeline.add(TimelineEntry.shared(at, by, "DEAL_APPROVED", "Approved; protected until " + protectedUntil,
                protectedUntil.toString()));
        audit = audit.changedBy(by, at);
    }

    void reject(String reason, Actor by, Instant at) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("input.reason", UserErrorCode.REQUIRED, "say why the registration is rejected");
        }
        if (reason.length() > 500) {
            throw new InvalidInputException("input.reason", UserErrorCode.TOO_LONG, "at most 500 characters");
        }
        status = Status.REJECTED;
        decisionReason = reason.strip();
        timeline.add(TimelineEntry.shared(at, by, "DEAL_REJECTED", "Rejected: " + decisionReason, decisionReason));
        audit = audit.changedBy(by, at);
    }

    /** Submitted or in review: staff have not decided yet. */
    private boolean awaitingDecision() {
        return status == Status.SUBMITTED || status == Status.IN_REVIEW;
    }

    /** What the access policy weighs about this registration. */
    Facts.DealRegistration facts() {
        return new Facts.DealRegistration(parties(), awaitingDecision());
    }

    private void requireOpen() {
        if (!awaitingDecision()) {
            throw new InvalidInputException("input.id", UserErrorCode.ILLEGAL_STATE, "the registration is already " + status.name().toLowerCase());
        }
    }

    @Override public String id() { return id; }
    public Status status() { return status; }
    public String customerName() { return customerName; }
    public String vatNumber() { return vatNumber; }
    public String productLine() { return productLine; }
    public Money expectedValue() { return expectedValue; }
    public String expectedCloseDate() { return expectedCloseDate; }
    public Instant protectedUntil() { return protectedUntil; }
    public String decisionReason() { return decisionReason; }
    public Audit audit() { return audit; }
    public Long version() { return version; }
    String dealerId() { return dealerId; }
    Conflict conflict() { return conflict; }
    Instant createdAt() { return createdAt; }
    String vatKeyForConflict() { return vatKey; }
    @Override public String recordType() { return "DEAL_REGISTRATION"; }
    @Override public List<Party> parties() { return List.copyOf(parties); }
    @Override public List<TimelineEntry> timeline() { return List.copyOf(timeline); }
}
