package io.canale.lead;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.security.Decision;
import io.canale.security.LeadIntake;
import io.canale.security.Scopes;
import io.canale.shared.Actor;
import io.canale.shared.DateOrder;
import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.Pages;
import io.canale.shared.PartnerType;
import io.canale.shared.SearchText;
import io.canale.shared.UserErrorCode;
import io.canale.shared.Versions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Service;

/** Captures, routes and answers leads on behalf of a caller, always through the {@link AccessPolicy}. */
@Service
@EnableConfigurationProperties(LeadProperties.class)
public class Leads {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "receivedAt", "id");

    private final LeadRepository leads;
    private final MongoOperations mongo;
    private final LeadRouting router;
    private final DuplicateIndex duplicates;
    private final AccessPolicy policy;
    private final LeadProperties properties;
    private final Clock clock;

    Leads(LeadRepository leads, MongoOperations mongo, LeadRouting router, DuplicateIndex duplicates,
            AccessPolicy policy, LeadProperties properties, Clock clock) {
        this.leads = leads;
        this.mongo = mongo;
        this.router = router;
        this.duplicates = duplicates;
        this.policy = policy;
        this.properties = properties;
        this.clock = clock;
    }

    /** A lead from staff (routed at once) or from a dealer (owned by it); a replayed key returns the original. */
    public Lead create(Caller caller, LeadDetails details, String idempotencyKey) {
        policy.captureLeads(caller).enforce();
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw new InvalidInputException("input.idempotencyKey", UserErrorCode.INVALID, "1 to 100 characters");
        }
        String scopedKey = idempotencyKey == null ? null : caller.partnerId() + ":" + idempotencyKey;
        if (scopedKey != null) {
            Optional<Lead> replay = leads.findByIdempotencyKey(scopedKey);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        details.validated("input");
        Instant now = clock.instant();
        boolean routed = policy.leadIntake(caller) == LeadIntake.ROUTED_BY_RULES;
        Lead lead = routed
                ? Lead.capture(details, LeadSource.API, scopedKey, caller.actor(), now)
                : Lead.captureByDealer(details, LeadSource.API, caller.partnerId(), scopedKey, caller.actor(), now);
        try {
            return insertRouted(lead, routed);
        } catch (DuplicateKeyException raced) {
            return leads.findByIdempotencyKey(scopedKey).orElseThrow(() -> raced);
        }
    }

    /** A lead from the public web form: validated, flagged, routed; the caller learns nothing back. */
    void captureFromWebForm(LeadDetails details) {
        details.validated("lead");
        insertRouted(Lead.capture(details, LeadSource.WEB_FORM, null, Actor.platform("web-form"), clock.instant()), true);
    }

    Lead accept(Caller caller, String id, Integer expectedVersion) {
        Lead lead = existing(id);
        policy.acceptLead(caller, lead.facts()).enforce("input.id");
        Versions.expect(expectedVersion, lead.version());
        lead.accept(caller.partnerId(), caller.actor(), clock.instant());
        return leads.save(lead);
    }

    /** Declines and re-routes; the answer is empty because the lead is no longer the caller's to see. */
    Optional<Lead> decline(Caller caller, String id, Integer expectedVersion, String reason) {
        Lead lead = existing(id);
        policy.declineLead(caller, lead.facts()).enforce("input.id");
        Versions.expect(expectedVersion, lead.version());
        Instant now = clock.instant();
        lead.decline(caller.partnerId(), reason, caller.actor(), now);
        lead.route(lead.nextCandidate(now, activeDealerIds()::contains), properties.acceptanceTime());
        Lead saved = leads.save(lead);
        return policy.mayRead(caller, Scopes.LEADS_READ, saved.parties()) ? Optional.of(saved) : Optional.empty();
    }

    /**
     * Staff merge a duplicate into a survivor. Survivor first, recording the duplicate's id: after a crash
     * between the two writes, repeating the merge skips the survivor and completes the duplicate.
     */
    Lead merge(Caller caller, String survivorId, Integer survivorVersion, String duplicateId, Integer duplicateVersion) {
        policy.mergeLeads(caller).enforce();
        Lead survivor = leads.findById(survivorId).orElseThrow(() -> new InvalidInputException("input.survivorId",
                UserErrorCode.NOT_FOUND, "lead not found"));
        policy.mergeInto(caller, survivor.facts()).enforce("input.survivorId");
        Lead duplicate = leads.findById(duplicateId).orElseThrow(() -> new InvalidInputException("input.duplicateId",
                UserErrorCode.NOT_FOUND, "lead not found"));
        if (!java.util.Objects.equals(survivorVersion, survivor.version() == null ? null : survivor.version().intValue())) {
            throw new InvalidInputException("input.survivorVersion", UserErrorCode.VERSION_CONFLICT, "the lead changed meanwhile");
        }
        if (!java.util.Objects.equals(duplicateVersion, duplicate.version() == null ? null : duplicate.version().intValue())) {
            throw new InvalidInputException("input.duplicateVersion", UserErrorCode.VERSION_CONFLICT, "the lead changed meanwhile");
        }
        Instant now = clock.instant();
        Lead survivorAsRead = leads.findById(survivorId).orElseThrow(); // kept to undo the survivor's write
        duplicate.mergeInto(survivor.id(), caller.actor(), now); // checks the duplicate's state before any write
        survivor.absorb(duplicate, caller.actor(), now);
        Lead saved;
        try {
            saved = leads.save(survivor);
        } catch (OptimisticLockingFailureException raced) {
            throw new InvalidInputException("input.survivorVersion", UserErrorCode.VERSION_CONFLICT, "the lead changed meanwhile");
        }
        try {
            leads.save(duplicate);
        } catch (OptimisticLockingFailureException raced) {
            // The duplicate changed after it was read: put the survivor back as it was, so the refusal changes nothing.
            leads.save(survivorAsRead.overwriting(saved));
            throw new InvalidInputException("input.duplicateVersion", UserErrorCode.VERSION_CONFLICT, "the lead changed meanwhile");
        }
        return saved;
    }

    /** Staff route by hand to a dealer, or by the rules when no dealer is given. */
    Lead route(Caller caller, String id, Integer expectedVersion, String dealerId) {
        policy.routeLeads(caller).enforce();
        Lead lead = existing(id);
        policy.routeLead(caller, lead.facts()).enforce("input.id");
        Versions.expect(expectedVersion, lead.version());
        Instant now = clock.instant();
        RoutingDecision decision;
        if (dealerId == null) {
            decision = router.decide(lead.details(), lead.triedDealerIds(), now);
        } else {
            if (!activeDealerIds().contains(dealerId)) {
                throw new InvalidInputException("input.dealerId", UserErrorCode.NOT_FOUND, "no active dealer with this id");
            }
            decision = new RoutingDecision(now, caller.subject(), null, List.of(dealerId), dealerId,
                    "Routed by hand by " + caller.subject(), "MANUAL", List.of(caller.subject()), List.of());
        }
        lead.route(decision, dealerId == null ? Actor.platform(decision.decidedBy()) : caller.actor(), properties.acceptanceTime());
        return leads.save(lead);
    }

    /**
     * Re-routes leads whose acceptance deadline passed. Each lead is claimed by its versioned save: when
     * several nodes race, one wins and the others skip the lead, so nothing is routed twice.
     */
    int rerouteOverdue(int batch) {
        Instant now = clock.instant();
        Query overdue = Query.query(Criteria.where("status").is(LeadStatus.ROUTED).and("acceptBy").lt(now)).limit(batch);
        int rerouted = 0;
        Set<String> activeDealers = activeDealerIds();
        for (Lead lead : mongo.find(overdue, Lead.class)) {
            if (!lead.isOverdue(now)) {
                continue;
            }
            lead.expire(now);
            lead.route(lead.nextCandidate(now, activeDealers::contains), properties.acceptanceTime());
            try {
                leads.save(lead);
                rerouted++;
            } catch (OptimisticLockingFailureException anotherNodeOrTheDealerWasFirst) {
                // The lead changed meanwhile (accepted in time, or re-routed elsewhere): nothing to do.
            }
        }
        return rerouted;
    }

    Window<Lead> list(Caller caller, LeadFilter filter, ScrollSubrange page) {
        return list(caller, filter, DateOrder.NEWEST_FIRST, page);
    }

    Window<Lead> list(Caller caller, LeadFilter filter, DateOrder order, ScrollSubrange page) {
        return list(caller, filter, LeadSort.of(null, order), page);
    }

    /** The caller's visible leads, filtered, in the sort given (a {@link LeadSort} or a {@link DateOrder}). */
    Window<Lead> list(Caller caller, LeadFilter filter, Sort sort, ScrollSubrange page) {
        Criteria criteria = visibleCriteria(caller);
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status());
        }
        if (filter.dealerId() != null) {
            criteria = criteria.and("dealerId").is(filter.dealerId());
        }
        return Pages.scroll(mongo, Query.query(criteria), sort, page, Lead.class);
    }

    /**
     * The caller's visible leads whose contact name, company or e-mail hold every word, newest first; none for a
     * caller without {@code leads:read}.
     */
    public Window<Lead> search(Caller caller, SearchText text, ScrollSubrange page) {
        if (text.isEmpty() || !policy.listRecords(caller, Scopes.LEADS_READ).allowed()) {
            return Pages.none();
        }
        Criteria criteria = visibleCriteria(caller).andOperator(text.inAnyOf("details.contact.name", "details.company.name",
                "details.contact.email"));
        return Pages.scroll(mongo, Query.query(criteria), NEWEST_FIRST, page, Lead.class);
    }

    /** The caller's visible leads of a company, for the company timeline. */
    public List<Lead> ofCompany(Caller caller, String companyKey) {
        return mongo.find(Query.query(visibleCriteria(caller).and("companyKey").is(companyKey)).limit(200), Lead.class);
    }

    /**
     * The lead that the caller's dealer is about to convert: only the dealer that accepted it may, anybody
     * else is told "not found"; a stale version is refused.
     */
    public Lead convertible(Caller caller, String leadId, Integer expectedVersion) {
        Lead lead = leads.findById(leadId).orElseThrow(Leads::noLeadToConvert);
        Decision decision = policy.convertLead(caller, lead.facts());
        if (decision.verdict() == Decision.Verdict.NOT_FOUND) {
            throw noLeadToConvert();
        }
        decision.enforce("input.leadId");
        Versions.expect(expectedVersion, lead.version());
        return lead;
    }

    private static InvalidInputException noLeadToConvert() {
        return new InvalidInputException("input.leadId", UserErrorCode.NOT_FOUND, "lead not found");
    }

    /** Stores a lead marked converted; its version guards against a concurrent change. */
    public void saveConverted(Lead lead) {
        leads.save(lead);
    }

    private Criteria visibleCriteria(Caller caller) {
        return policy.recordsVisibleTo(caller, Scopes.LEADS_READ).asCriteria();
    }

    Optional<Lead> find(Caller caller, String id) {
        policy.recordsVisibleTo(caller, Scopes.LEADS_READ); // scope first: the answer must not depend on the id
        return leads.findById(id).filter(lead -> policy.mayRead(caller, Scopes.LEADS_READ, lead.parties()));
    }

    private Lead insertRouted(Lead lead, boolean route) {
        duplicates.flagAndRegister(List.of(lead));
        if (route) {
            lead.route(router.decide(lead.details(), List.of(), lead.audit().createdAt()), properties.acceptanceTime());
        }
        return leads.insert(lead);
    }

    private Lead existing(String id) {
        return leads.findById(id).orElseThrow(() -> new NotFoundException("lead"));
    }

    /** Kept between requests by routing (a local partner change empties it at once, another node's within its TTL). */
    private Set<String> activeDealerIds() {
        return router.activeDealerIds();
    }

}
