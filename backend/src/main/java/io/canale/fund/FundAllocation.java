package io.canale.fund;

import io.canale.security.Facts;
import io.canale.shared.Actor;
import io.canale.shared.Audit;
import io.canale.shared.InvalidInputException;
import io.canale.shared.Money;
import io.canale.shared.NotFoundException;
import io.canale.shared.Party;
import io.canale.shared.UserErrorCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one partner was granted of one budget, with every request drawn on it. One document, so that the rule "what
 * the requests hold never exceeds the amount" is checked in the very write that changes it: each change re-checks
 * {@link #available()} and is a replace conditional on the version read.
 */
@Document("fund_allocations")
// Indexes are checked against every query the tests send (IndexCoverageIT); connections end in '_id': 1 (see Pages.scroll).
@CompoundIndex(name = "newest", def = "{'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "party_newest", def = "{'parties.partnerId': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "budget_newest", def = "{'budgetId': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "awaiting_staff_newest", def = "{'awaitingStaff': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "request", def = "{'requests._id': 1}")
@CompoundIndex(name = "claim_deadline", def = "{'nextClaimDeadline': 1}")
class FundAllocation {

    static final int MAX_REQUESTS = 200;

    enum BasisKind { FIXED, PURCHASES }

    /** How the amount was set: fixed, or a percentage of the partner's delivered purchases in a period. */
    record Basis(BasisKind kind, BigDecimal percent, BigDecimal purchases, String from, String to) {
    }

    @Id
    private String id;
    private String budgetId;
    private String budgetName;
    private String partnerId;
    private Money amount;
    private Basis basis;
    private int claimDays;
    private List<FundRequest> requests = new ArrayList<>();
    /** Whether a request or claim waits for staff: the approval queue. */
    private boolean awaitingStaff;
    /** The earliest claim deadline of an approved request without a claim: when {@link FundDeadlines} must look again. */
    private Instant nextClaimDeadline;
    private List<Party> parties = new ArrayList<>();
    private Instant createdAt;
    private Audit audit;
    @Version
    private Long version;

    protected FundAllocation() {
    }

    /** The allocation as the budget's grant commits it. */
    static FundAllocation fromGrant(FundBudget budget, FundBudget.Grant grant, Basis basis, Actor by) {
        FundAllocation allocation = new FundAllocation();
        allocation.id = grant.allocationId();
        allocation.budgetId = budget.id();
        allocation.budgetName = budget.name();
        allocation.partnerId = grant.partnerId();
        allocation.amount = new Money(grant.amount(), budget.currency());
        allocation.basis = basis;
        allocation.claimDays = budget.claimDays();
        allocation.parties.add(new Party(grant.partnerId(), "PARTNER"));
        allocation.createdAt = grant.at();
        allocation.audit = Audit.createdBy(by, grant.at());
        return allocation;
    }

    /** What its requests hold: asked for, approved or claimed, and paid. */
    BigDecimal held() {
        return requests.stream().map(FundRequest::held).reduce(FundRequest.NOTHING, BigDecimal::add);
    }

    BigDecimal available() {
        return amount.amount().subtract(held());
    }

    /** A new request, refused when it asks for more than is available ({@code EXCEEDS_AVAILABLE}). */
    FundRequest request(String requestId, ActivityType activity, String title, String plan, Money requested, String startsOn,
            String endsOn, Actor by, Instant at) {
        if (requests.stream().anyMatch(request -> request.id().equals(requestId))) {
            return request(requestId); // a retry of the same request
        }
        if (requests.size() >= MAX_REQUESTS) {
            throw new InvalidInputException("input.allocationId", UserErrorCode.TOO_MANY, "an allocation holds at most " + MAX_REQUESTS + " requests");
        }
        FundRequest request = FundRequest.submit(requestId, this, activity, title, plan, requested, startsOn, endsOn, at);
        if (requested.amount().compareTo(available()) > 0) {
            throw new InvalidInputException("input.amount.amount", UserErrorCode.EXCEEDS_AVAILABLE, requested.amount().toPlainString() + " "
                    + currency() + " is more than the " + available().toPlainString() + " available in this allocation");
        }
        requests.add(request);
        changed(by, at);
        return request;
    }

    FundRequest request(String requestId) {
        return requests.stream().filter(request -> request.id().equals(requestId)).findFirst()
                .orElseThrow(() -> new NotFoundException("fund request"));
    }

    /** Changes one request and keeps the allocation's derived fields and the limit right. */
    FundRequest change(String requestId, Consumer<FundRequest> change, Actor by, Instant at) {
        FundRequest request = request(requestId);
        change.accept(request);
        if (available().signum() < 0) { // a request never holds more than it held before; this guards the rule itself
            throw new IllegalStateException("allocation " + id + " would be overdrawn");
        }
        changed(by, at);
        return request;
    }

    /** Releases every approved request whose claim deadline passed; answers how many. */
    int expireClaims(Instant now, Actor by) {
        int expired = (int) requests.stream().filter(request -> request.expireIfDue(now)).count();
        if (expired > 0) {
            changed(by, now);
        }
        return expired;
    }

    private void changed(Actor by, Instant at) {
        awaitingStaff = requests.stream().anyMatch(FundRequest::awaitingStaff);
        nextClaimDeadline = requests.stream().map(FundRequest::openDeadline).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
        audit = audit.changedBy(by, at);
    }

    Facts.FundAllocation facts() {
        return new Facts.FundAllocation(partnerId, List.copyOf(parties));
    }

    Optional<FundRequest> findRequest(String requestId) {
        return requests.stream().filter(request -> request.id().equals(requestId)).findFirst();
    }

    String currency() {
        return amount.currency();
    }

    public String id() { return id; }
    String budgetId() { return budgetId; }
    public String budgetName() { return budgetName; }
    String partnerId() { return partnerId; }
    public Money amount() { return amount; }
    public Money heldAmount() { return new Money(held(), currency()); }
    public Money availableAmount() { return new Money(available(), currency()); }
    public Basis basis() { return basis; }
    int claimDays() { return claimDays; }
    public List<FundRequest> requests() { return List.copyOf(requests); }
    public boolean awaitingStaff() { return awaitingStaff; }
    Instant nextClaimDeadline() { return nextClaimDeadline; }
    List<Party> parties() { return List.copyOf(parties); }
    public Instant createdAt() { return createdAt; }
    public Audit audit() { return audit; }
    public Long version() { return version; }
}
