package io.canale.lead;

import io.canale.security.Facts;
import io.canale.shared.Actor;
import io.canale.shared.Audit;
import io.canale.shared.Ids;
import io.canale.shared.InvalidInputException;
import io.canale.shared.Party;
import io.canale.shared.TimelineEntry;
import io.canale.shared.UserErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A prospective end customer and its way to a dealer. One document: status, routing state, decisions and
 * timeline change together in one atomic, versioned update. The lead refuses illegal transitions itself
 * and publishes past-tense events when saved.
 */
@Document("leads")
// Indexes are checked against every query the tests send (IndexCoverageIT); connections end in '_id': 1 (see Pages.scroll).
@CompoundIndex(name = "newest", def = "{'receivedAt': -1, '_id': 1}")
@CompoundIndex(name = "party_newest", def = "{'parties.partnerId': 1, 'receivedAt': -1, '_id': 1}")
@CompoundIndex(name = "dealer_newest", def = "{'dealerId': 1, 'receivedAt': -1, '_id': 1}")
@CompoundIndex(name = "oldest", def = "{'receivedAt': 1, '_id': 1}")
@CompoundIndex(name = "party_oldest", def = "{'parties.partnerId': 1, 'receivedAt': 1, '_id': 1}")
@CompoundIndex(name = "dealer_oldest", def = "{'dealerId': 1, 'receivedAt': 1, '_id': 1}")
@CompoundIndex(name = "overdue", def = "{'status': 1, 'acceptBy': 1}")
@CompoundIndex(name = "dealer_deadlines", def = "{'dealerId': 1, 'status': 1, 'acceptBy': 1}")
@CompoundIndex(name = "status_oldest", def = "{'status': 1, 'receivedAt': 1}")
// One index per LeadSort and visibility prefix (staff: none; a partner: its parties), so each sorted page is read in order.
@CompoundIndex(name = "name_asc", def = "{'sortName': 1, '_id': 1}")
@CompoundIndex(name = "name_desc", def = "{'sortName': -1, '_id': 1}")
@CompoundIndex(name = "party_name_asc", def = "{'parties.partnerId': 1, 'sortName': 1, '_id': 1}")
@CompoundIndex(name = "party_name_desc", def = "{'parties.partnerId': 1, 'sortName': -1, '_id': 1}")
@CompoundIndex(name = "company_asc", def = "{'sortCompany': 1, '_id': 1}")
@CompoundIndex(name = "company_desc", def = "{'sortCompany': -1, '_id': 1}")
@CompoundIndex(name = "party_company_asc", def = "{'parties.partnerId': 1, 'sortCompany': 1, '_id': 1}")
@CompoundIndex(name = "party_company_desc", def = "{'parties.partnerId': 1, 'sortCompany': -1, '_id': 1}")
@CompoundIndex(name = "status_asc", def = "{'status': 1, 'receivedAt': -1, '_id': 1}")
@CompoundIndex(name = "status_desc", def = "{'status': -1, 'receivedAt': -1, '_id': 1}")
@CompoundIndex(name = "party_status_asc", def = "{'parties.partnerId': 1, 'status': 1, 'receivedAt': -1, '_id': 1}")
@CompoundIndex(name = "party_status_desc", def = "{'parties.partnerId': 1, 'status': -1, 'receivedAt': -1, '_id': 1}")
// A status or dealer filter with a column sort (staff; a partner's prefix narrows its own): equality, then the sort. The
// status sort with a status filter is the date within it (status_asc, status_desc).
@CompoundIndex(name = "status_name_asc", def = "{'status': 1, 'sortName': 1, '_id': 1}")
@CompoundIndex(name = "status_name_desc", def = "{'status': 1, 'sortName': -1, '_id': 1}")
@CompoundIndex(name = "status_company_asc", def = "{'status': 1, 'sortCompany': 1, '_id': 1}")
@CompoundIndex(name = "status_company_desc", def = "{'status': 1, 'sortCompany': -1, '_id': 1}")
@CompoundIndex(name = "dealer_name_asc", def = "{'dealerId': 1, 'sortName': 1, '_id': 1}")
@CompoundIndex(name = "dealer_name_desc", def = "{'dealerId': 1, 'sortName': -1, '_id': 1}")
@CompoundIndex(name = "dealer_company_asc", def = "{'dealerId': 1, 'sortCompany': 1, '_id': 1}")
@CompoundIndex(name = "dealer_company_desc", def = "{'dealerId': 1, 'sortCompany': -1, '_id': 1}")
@CompoundIndex(name = "dealer_status_asc", def = "{'dealerId': 1, 'status': 1, 'receivedAt': -1, '_id': 1}")
@CompoundIndex(name = "dealer_status_desc", def = "{'dealerId': 1, 'status': -1, 'receivedAt': -1, '_id': 1}")
public class Lead extends AbstractAggregateRoot<Lead> implements io.canale.shared.TimelineRecord {

    static final String ROUTED_DEALER = "ROUTED_DEALER";
    public static final String OWNER = "OWNER";

    @Id
    private String id;
    private LeadStatus status;
    private LeadSource source;
    private LeadDetails details;
    /** Caller partner plus the caller's key: a replay finds the original. */
    @Indexed(unique = true, sparse = true)
    private String idempotencyKey;
    private List<PossibleDuplicate> possibleDuplicates = new ArrayList<>();
    /** The dealer the lead is routed to (ROUTED) or owned by (ACCEPTED). */
    private String dealerId;
    private Instant acceptBy;
    /** How long the dealer took to accept, from the routing that reached it: the dealer's "time to accept". */
    private Long acceptedInSeconds;
    /** Candidates of the last automatic decision not tried yet, in order. */
    private List<String> pendingCandidates = new ArrayList<>();
    /** Dealers that declined the lead or let it expire: never routed to again automatically. */
    private List<String> triedDealerIds = new ArrayList<>();
    private List<RoutingDecision> routingDecisions = new ArrayList<>();
    private List<Party> parties = new ArrayList<>();
    private List<TimelineEntry> timeline = new ArrayList<>();
    private String opportunityId;
    private String mergedInto;
    private List<String> mergedLeadIds = new ArrayList<>();
    /** The normalised company, for the company timeline. */
    @Indexed(sparse = true)
    private String companyKey;
    private Instant receivedAt;
    /** The contact's name and the company as they sort (see {@link LeadSort#key}): never null, so keyset paging can resume. */
    private String sortName;
    private String sortCompany;
    private Audit audit;
    @Version
    private Long version;

    protected Lead() {
    }

    private void sortKeys() {
        sortName = sortNameNow();
        sortCompany = sortCompanyNow();
    }

    /** The sort keys from the details as they are now (also for leads stored before the keys: {@link LeadSortKeysBackfill}). */
    String sortNameNow() {
        return LeadSort.key(details.contact() == null ? null : details.contact().name());
    }

    String sortCompanyNow() {
        return LeadSort.key(details.company() == null ? null : details.company().name());
    }

    /** A lead for staff to route: from the API or the web form. */
    public static Lead capture(LeadDetails details, LeadSource source, String idempotencyKey, Actor by, Instant at) {
        Lead lead = new Lead();
        lead.id = Ids.next("lead");
        lead.status = LeadStatus.NEW;
        lead.source = source;
        lead.details = details;
        lead.sortKeys();
        lead.companyKey = details.company() == null ? null : io.canale.shared.CompanyNames.key(details.company().name());
        lead.idempotencyKey = idempotencyKey;
        lead.receivedAt = at;
        lead.audit = Audit.createdBy(by, at);
        lead.timeline.add(TimelineEntry.shared(at, by, "LEAD_CAPTURED", "Lead captured (" + source.name().toLowerCase() + ")", source.name()));
        return lead;
    }

    /** A lead a dealer captured itself: it owns it from the start. */
    public static Lead captureByDealer(LeadDetails details, LeadSource source, String dealerId, String idempotencyKey, Actor by,
            Instant at) {
        Lead lead = capture(details, source, idempotencyKey, by, at);
        lead.status = LeadStatus.ACCEPTED;
        lead.dealerId = dealerId;
        lead.parties = new ArrayList<>(List.of(new Party(dealerId, OWNER)));
        return lead;
    }

    void flagPossibleDuplicates(List<PossibleDuplicate> duplicates) {
        possibleDuplicates = new ArrayList<>(duplicates);
        if (!duplicates.isEmpty()) {
            timeline.add(TimelineEntry.staffOnly(receivedAt, Actor.SYSTEM, "POSSIBLE_DUPLICATE",
                    duplicates.size() + " possible duplicate(s) flagged", String.valueOf(duplicates.size())));
        }
    }

    /** Applies a decision of the rules or the platform ({@code rules}, {@code system}), see {@link #route(RoutingDecision, Actor, Duration)}. */
    public void route(RoutingDecision decision, Duration acceptanceTime) {
        route(decision, Actor.platform(decision.decidedBy()), acceptanceTime);
    }

    /** Applies a routing decision taken by someone: to its chosen dealer with a deadline, or back to staff when none. */
    public void route(RoutingDecision decision, Actor by, Duration acceptanceTime) {
        if (!routable()) {
            throw new InvalidInputException("input.id", UserErrorCode.ILLEGAL_STATE,
                    "a lead that is " + status.name().toLowerCase() + " cannot be re-routed");
        }
        Instant at = decision.at();
        routingDecisions.add(decision);
        if (decision.routed()) {
            status = LeadStatus.ROUTED;
            dealerId = decision.chosenId();
            acceptBy = at.plus(acceptanceTime).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            List<String> candidates = decision.candidateIds();
            int chosen = candidates.indexOf(decision.chosenId());
            pendingCandidates = new ArrayList<>(chosen < 0 ? List.of() : candidates.subList(chosen + 1, candidates.size()));
            parties = new ArrayList<>(List.of(new Party(dealerId, ROUTED_DEALER)));
            timeline.add(TimelineEntry.staffOnly(at, by, "ROUTING_DECIDED", decision.explanation(),
                    decision.ruleName() == null ? "-" : decision.ruleName()));
            timeline.add(TimelineEntry.shared(at, by, "LEAD_ROUTED",
                    "Routed to a dealer; to be accepted by " + acceptBy, acceptBy.toString()));
            registerEvent(new LeadRouted(id, dealerId, acceptBy));
        } else {
            status = LeadStatus.UNASSIGNED;
            dealerId = null;
            acceptBy = null;
            pendingCandidates = new ArrayList<>();
            parties = new ArrayList<>();
            timeline.add(TimelineEntry.staffOnly(at, by, "LEAD_UNASSIGNED", decision.explanation()));
            registerEvent(new LeadReturnedToStaff(id));
        }
        audit = audit.changedBy(by, at);
    }

    void accept(String byDealerId, Actor by, Instant at) {
        requireRoutedTo(byDealerId);
        if (at.isAfter(acceptBy)) {
            throw new InvalidInputException("input.id", UserErrorCode.ILLEGAL_STATE,
                    "the time to accept this lead ran out at " + acceptBy);
        }
        status = LeadStatus.ACCEPTED;
        acceptBy = null;
        if (!routingDecisions.isEmpty()) {
            acceptedInSeconds = Math.max(0, Duration.between(routingDecisions.getLast().at(), at).toSeconds());
        }
        pendingCandidates = new ArrayList<>();
        parties = new ArrayList<>(List.of(new Party(dealerId, OWNER)));
        timeline.add(TimelineEntry.shared(at, by, "LEAD_ACCEPTED", "Accepted by the dealer"));
        audit = audit.changedBy(by, at);
        registerEvent(new LeadAccepted(id, dealerId));
    }

    void decline(String byDealerId, String reason, Actor by, Instant at) {
        requireRoutedTo(byDealerId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("input.reason", UserErrorCode.REQUIRED, "say why the lead is declined");
        }
        if (reason.length() > 500) {
            throw new InvalidInputException("input.reason", UserErrorCode.TOO_LONG, "at most 500 characters");
        }
        leaveDealer(at, by, "LEAD_DECLINED", "Declined by the dealer: " + reason.strip(), reason.strip());
        registerEvent(new LeadDeclined(id, byDealerId, reason.strip()));
    }

    /** Only an accepted lead converts, by its owner; converting is one way. */
    public void markConverted(String byDealerId, String newOpportunityId, Actor by, Instant at) {
        if (!accepted() || !byDealerId.equals(dealerId)) {
            throw new InvalidInputException("input.leadId", UserErrorCode.ILLEGAL_STATE,
                    "only an accepted lead can be converted, by its dealer; this one is " + status.name().toLowerCase());
        }
        status = LeadStatus.CONVERTED;
        opportunityId = newOpportunityId;
        timeline.add(TimelineEntry.shared(at, by, "LEAD_CONVERTED", "Converted into an opportunity"));
        audit = audit.changedBy(by, at);
        registerEvent(new LeadConverted(id, dealerId, newOpportunityId));
    }

    /** Takes in a duplicate: contact details this lead lacks, and a record of the merge. Idempotent. */
    void absorb(Lead duplicate, Actor by, Instant at) {
        if (!takesInDuplicates() || duplicate.id.equals(id)) {
            throw new InvalidInputException("input.survivorId", UserErrorCode.ILLEGAL_STATE, "this lead cannot take in another");
        }
        if (mergedLeadIds.contains(duplicate.id)) {
            return;
        }
        LeadDetails.Contact mine = details.contact();
        LeadDetails.Contact theirs = duplicate.details.contact();
        LeadDetails.Contact merged = new LeadDetails.Contact(mine.name(),
                mine.email() != null ? mine.email() : theirs.email(), mine.phone() != null ? mine.phone() : theirs.phone());
        details = new LeadDetails(merged, details.company() != null ? details.company() : duplicate.details.company(),
                details.address(), details.productLine() != null ? details.productLine() : duplicate.details.productLine(),
                details.notes());
        sortKeys();
        mergedLeadIds.add(duplicate.id);
        possibleDuplicates.removeIf(candidate -> candidate.leadId().equals(duplicate.id));
        timeline.add(TimelineEntry.staffOnly(at, by, "LEAD_MERGED_IN", "Took in duplicate lead " + duplicate.id, duplicate.id));
        audit = audit.changedBy(by, at);
    }

    /** Ends this lead as a duplicate of another; its dealer, if any, loses it. */
    void mergeInto(String survivorId, Actor by, Instant at) {
        if (status == LeadStatus.CONVERTED || status == LeadStatus.MERGED) {
            throw new InvalidInputException("input.duplicateId", UserErrorCode.ILLEGAL_STATE,
                    "a " + status.name().toLowerCase() + " lead cannot be merged");
        }
        status = LeadStatus.MERGED;
        mergedInto = survivorId;
        dealerId = null;
        acceptBy = null;
        parties = new ArrayList<>();
        timeline.add(TimelineEntry.staffOnly(at, by, "LEAD_MERGED", "Merged into lead " + survivorId, survivorId));
        audit = audit.changedBy(by, at);
    }

    boolean isOverdue(Instant now) {
        return status == LeadStatus.ROUTED && acceptBy != null && now.isAfter(acceptBy);
    }

    /** The deadline passed: the dealer loses the lead. */
    void expire(Instant at) {
        if (!isOverdue(at)) {
            throw new IllegalStateException("lead " + id + " is not overdue");
        }
        String expired = dealerId;
        leaveDealer(at, Actor.SYSTEM, "LEAD_EXPIRED", "Not accepted in time");
        registerEvent(new LeadExpired(id, expired));
    }

    /**
     * The next decision after a decline or expiry: the next pending candidate still eligible, or back to
     * staff when none is left.
     */
    RoutingDecision nextCandidate(Instant at, Predicate<String> stillEligible) {
        String rule = routingDecisions.isEmpty() ? null : routingDecisions.getLast().ruleName();
        List<String> remaining = pendingCandidates.stream().filter(stillEligible).toList();
        if (remaining.isEmpty()) {
            return new RoutingDecision(at, "system", rule, List.of(), null,
                    "No candidate left after " + triedDealerIds.size() + " dealer(s): back with staff", "NONE_LEFT",
                    List.of(String.valueOf(triedDealerIds.size())), List.of());
        }
        return new RoutingDecision(at, "system", rule, remaining, remaining.getFirst(),
                "Next candidate of rule '" + rule + "' after the previous dealer declined or did not answer", "NEXT_CANDIDATE",
                List.of(String.valueOf(rule)), List.of());
    }

    /**
     * The dealer loses the lead. Why (its reason, or its silence) is staff's business: the entry is staff-only, so
     * the next dealer and readers of the company timeline never learn another dealer's answer.
     */
    private void leaveDealer(Instant at, Actor by, String event, String summary, String... args) {
        triedDealerIds.add(dealerId);
        timeline.add(TimelineEntry.staffOnly(at, by, event, summary, args));
        status = LeadStatus.NEW;
        dealerId = null;
        acceptBy = null;
        parties = new ArrayList<>();
        audit = audit.changedBy(by, at);
    }

    /** Routed to a dealer whose answer is awaited. */
    private boolean awaitingAnswer() {
        return status == LeadStatus.ROUTED;
    }

    private boolean accepted() {
        return status == LeadStatus.ACCEPTED;
    }

    /** Staff may route it (again): not once a dealer owns it, nor after it ended. */
    private boolean routable() {
        return status != LeadStatus.ACCEPTED && status != LeadStatus.CONVERTED && status != LeadStatus.MERGED;
    }

    private boolean takesInDuplicates() {
        return status != LeadStatus.MERGED;
    }

    /** What the access policy weighs about this lead; {@code viewerCan} and every change ask with it. */
    public Facts.Lead facts() {
        return new Facts.Lead(dealerId, parties(), awaitingAnswer(), acceptBy, accepted(), routable(), takesInDuplicates());
    }

    private void requireRoutedTo(String byDealerId) {
        if (!awaitingAnswer() || !byDealerId.equals(dealerId)) {
            throw new InvalidInputException("input.id", UserErrorCode.ILLEGAL_STATE,
                    "the lead is " + status.name().toLowerCase() + ", not waiting for your answer");
        }
    }

    /** Events that the next save publishes. */
    List<Object> pendingEvents() { return List.copyOf(domainEvents()); }

    @Override public String id() { return id; }
    public LeadStatus status() { return status; }
    public LeadSource source() { return source; }
    public LeadDetails.Contact contact() { return details.contact(); }
    public LeadDetails.Company company() { return details.company(); }
    public LeadDetails.Address address() { return details.address(); }
    public String productLine() { return details.productLine(); }
    public String notes() { return details.notes(); }
    public Instant acceptBy() { return acceptBy; }
    public Long acceptedInSeconds() { return acceptedInSeconds; }
    public String opportunityId() { return opportunityId; }
    public String mergedInto() { return mergedInto; }
    public Audit audit() { return audit; }
    /**
     * This lead as it was, ready to be written over {@code newer} (the same lead, saved since): it takes the newer
     * version, so the write succeeds only if nothing else changed the lead in between.
     */
    Lead overwriting(Lead newer) {
        if (!id.equals(newer.id)) {
            throw new IllegalArgumentException("not the same lead");
        }
        version = newer.version;
        return this;
    }

    public Long version() { return version; }
    public String dealerId() { return dealerId; }
    public LeadDetails details() { return details; }
    public String idempotencyKey() { return idempotencyKey; }
    List<String> triedDealerIds() { return List.copyOf(triedDealerIds); }
    List<PossibleDuplicate> possibleDuplicates() { return List.copyOf(possibleDuplicates); }
    List<RoutingDecision> routingDecisions() { return List.copyOf(routingDecisions); }
    @Override public String recordType() { return "LEAD"; }
    @Override public List<Party> parties() { return List.copyOf(parties); }
    @Override public List<TimelineEntry> timeline() { return List.copyOf(timeline); }
}
