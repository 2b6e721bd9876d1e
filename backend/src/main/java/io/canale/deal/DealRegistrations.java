package io.canale.deal;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.security.Scopes;
import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.UserErrorCode;
import io.canale.shared.Pages;
import io.canale.shared.Versions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Service;

/** Registers deals for dealers, finds conflicts, and records staff decisions, through the access policy. */
@Service
public class DealRegistrations {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt", "id");

    private final MongoOperations mongo;
    private final AccessPolicy policy;
    private final Clock clock;
    private final Duration protection;

    DealRegistrations(MongoOperations mongo, AccessPolicy policy, Clock clock,
            @Value("${canale.deals.protection-period:P90D}") Duration protection) {
        this.mongo = mongo;
        this.policy = policy;
        this.clock = clock;
        this.protection = protection;
    }

    DealRegistration register(Caller caller, DealTerms terms) {
        policy.registerDeal(caller).enforce();
        Instant now = clock.instant();
        refuseDuplicate(terms, caller.partnerId(), now);
        return mongo.insert(DealRegistration.register(terms, caller.partnerId(), conflictOf(terms, caller.partnerId(), now),
                caller.actor(), now));
    }

    DealRegistration approve(Caller caller, String id, Integer expectedVersion) {
        return decide(caller, id, expectedVersion, (deal, now) -> deal.approve(protection, caller.actor(), now));
    }

    DealRegistration reject(Caller caller, String id, Integer expectedVersion, String reason) {
        return decide(caller, id, expectedVersion, (deal, now) -> deal.reject(reason, caller.actor(), now));
    }

    Window<DealRegistration> list(Caller caller, DealRegistration.Status status, ScrollSubrange page) {
        Criteria criteria = visibleCriteria(caller);
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return Pages.scroll(mongo, Query.query(criteria), NEWEST_FIRST, page, DealRegistration.class);
    }

    Optional<DealRegistration> find(Caller caller, String id) {
        policy.recordsVisibleTo(caller, Scopes.LEADS_READ);
        return Optional.ofNullable(mongo.findById(id, DealRegistration.class))
                .filter(deal -> policy.mayRead(caller, Scopes.LEADS_READ, deal.parties()));
    }

    /** The caller's visible registrations for a company, for the company timeline. */
    public List<io.canale.shared.TimelineRecord> ofCompany(Caller caller, String companyKey) {
        return List.copyOf(mongo.find(Query.query(visibleCriteria(caller).and("companyKey").is(companyKey)).limit(200),
                DealRegistration.class));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * The earliest active registration of another dealer for the same product line and the same VAT number
     * or company: waiting for staff, or approved and still protected.
     */
    private DealRegistration.Conflict conflictOf(DealTerms terms, String dealerId, Instant now) {
        Criteria sameCustomer = sameCustomer(terms);
        if (sameCustomer == null) {
            return null;
        }
        Query query = Query.query(new Criteria().andOperator(
                Criteria.where("productLineKey").is(terms.productLine().toLowerCase(java.util.Locale.ROOT)),
                Criteria.where("dealerId").ne(dealerId), sameCustomer, active(now)))
                .with(Sort.by("createdAt")).limit(1);
        DealRegistration earlier = mongo.findOne(query, DealRegistration.class);
        if (earlier == null) {
            return null;
        }
        boolean sameVat = terms.vatKey() != null && terms.vatKey().equals(earlier.vatKeyForConflict());
        DealRegistration.Rule rule = sameVat ? DealRegistration.Rule.SAME_VAT_NUMBER : DealRegistration.Rule.SAME_COMPANY_NAME;
        String explanation = "Another dealer registered " + (sameVat ? "the same VAT number" : "the same company")
                + " for product line '" + terms.productLine() + "' on " + LocalDate.ofInstant(earlier.createdAt(), ZoneOffset.UTC)
                + (earlier.protectedUntil() == null ? ", still waiting for review"
                        : ", protected until " + LocalDate.ofInstant(earlier.protectedUntil(), ZoneOffset.UTC))
                + ": staff will review this registration";
        return new DealRegistration.Conflict(rule, earlier.id(), earlier.dealerId(), earlier.createdAt(),
                earlier.protectedUntil(), explanation);
    }

    /**
     * A dealer registers a customer and product line once: its own active registration of the same VAT number or
     * company for the same product line (waiting for staff, or approved and still protected) is named in a DUPLICATE
     * user error instead of a second registration that would only wait for staff beside the first.
     */
    private void refuseDuplicate(DealTerms terms, String dealerId, Instant now) {
        Criteria sameCustomer = sameCustomer(terms);
        if (sameCustomer == null) {
            return;
        }
        Query query = Query.query(new Criteria().andOperator(
                Criteria.where("productLineKey").is(terms.productLine().toLowerCase(java.util.Locale.ROOT)),
                Criteria.where("dealerId").is(dealerId), sameCustomer, active(now)))
                .with(Sort.by("createdAt")).limit(1);
        DealRegistration existing = mongo.findOne(query, DealRegistration.class);
        if (existing != null) {
            throw new InvalidInputException("input.customerName", UserErrorCode.DUPLICATE,
                    "you already registered " + existing.customerName() + " for product line '" + existing.productLine()
                            + "' (" + existing.id() + ", " + existing.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
        }
    }

    /** Same VAT number or same normalised company name; null when the terms carry neither. */
    private static Criteria sameCustomer(DealTerms terms) {
        List<Criteria> sameCustomer = new ArrayList<>();
        if (terms.vatKey() != null) {
            sameCustomer.add(Criteria.where("vatKey").is(terms.vatKey()));
        }
        if (terms.companyKey() != null) {
            sameCustomer.add(Criteria.where("companyKey").is(terms.companyKey()));
        }
        return sameCustomer.isEmpty() ? null : new Criteria().orOperator(sameCustomer);
    }

    /** Waiting for staff, or approved and still protected. */
    private static Criteria active(Instant now) {
        return new Criteria().orOperator(
                Criteria.where("status").in(DealRegistration.Status.SUBMITTED, DealRegistration.Status.IN_REVIEW),
                Criteria.where("status").is(DealRegistration.Status.APPROVED).and("protectedUntil").gt(now));
    }

    private Criteria visibleCriteria(Caller caller) {
        return policy.recordsVisibleTo(caller, Scopes.LEADS_READ).asCriteria();
    }

    private DealRegistration decide(Caller caller, String id, Integer expectedVersion,
            java.util.function.BiConsumer<DealRegistration, Instant> decision) {
        policy.decideDeals(caller).enforce();
        DealRegistration deal = Optional.ofNullable(mongo.findById(id, DealRegistration.class))
                .orElseThrow(() -> new NotFoundException("deal registration"));
        policy.decideDeal(caller, deal.facts()).enforce("input.id");
        Versions.expect(expectedVersion, deal.version());
        decision.accept(deal, clock.instant());
        return mongo.save(deal);
    }
}
