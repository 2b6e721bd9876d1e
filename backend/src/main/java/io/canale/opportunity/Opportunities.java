package io.canale.opportunity;

import io.canale.lead.Lead;
import io.canale.lead.Leads;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.security.Decision;
import io.canale.security.Facts;
import io.canale.security.Scopes;
import io.canale.shared.InvalidInputException;
import io.canale.shared.Money;
import io.canale.shared.NotFoundException;
import io.canale.shared.Pages;
import io.canale.shared.UserErrorCode;
import io.canale.shared.Versions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Service;

/** Opportunities and the pipeline, on behalf of a caller, through the {@link AccessPolicy}. */
@Service
@EnableConfigurationProperties(PipelineStages.class)
public class Opportunities {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt", "id");

    /** Totals of one stage: count and sums per currency. */
    record StageTotal(String stage, int count, List<Money> totals, List<Money> weighted) {
    }

    private final MongoOperations mongo;
    private final Leads leads;
    private final PipelineStages stages;
    private final io.canale.catalog.Catalog catalog;
    private final AccessPolicy policy;
    private final Clock clock;

    Opportunities(MongoOperations mongo, Leads leads, PipelineStages stages, io.canale.catalog.Catalog catalog,
            AccessPolicy policy, Clock clock) {
        this.mongo = mongo;
        this.leads = leads;
        this.stages = stages;
        this.catalog = catalog;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Inserts the opportunity, then marks the lead converted. The opportunity's id derives from the lead's,
     * so after a crash between the two writes a retry finds the opportunity and only marks the lead.
     */
    Opportunity convert(Caller caller, String leadId, Integer expectedVersion, String name, Money amount,
            Integer probability, String expectedCloseDate) {
        Lead lead = leads.convertible(caller, leadId, expectedVersion);
        Instant now = clock.instant();
        lead.markConverted(caller.partnerId(), Opportunity.idFor(lead.id()), caller.actor(), now);
        Opportunity opportunity = Optional.ofNullable(mongo.findById(Opportunity.idFor(lead.id()), Opportunity.class))
                .orElseGet(() -> mongo.insert(Opportunity.fromLead(lead, name, amount, probability, expectedCloseDate, stages,
                        caller.actor(), now)));
        leads.saveConverted(lead);
        return opportunity;
    }

    /** The caller's visible opportunities of a company, for the company timeline. */
    public List<Opportunity> ofCompany(Caller caller, String companyKey) {
        Criteria visible = policy.recordsVisibleTo(caller, Scopes.LEADS_READ).asCriteria().and("companyKey").is(companyKey);
        return mongo.find(Query.query(visible).limit(200), Opportunity.class);
    }

    Opportunity move(Caller caller, String id, Integer expectedVersion, String stage, String lostReason) {
        return change(caller, id, expectedVersion, policy::moveOpportunity, (opportunity, now) -> opportunity.moveTo(stage, lostReason, stages, caller.actor(), now));
    }

    /**
     * Changes amount, probability and close date where given (an empty {@code Optional} clears amount or close date);
     * {@code items}, when given, replace the expected products.
     */
    Opportunity update(Caller caller, String id, Integer expectedVersion, java.util.Optional<Money> amount, Integer probability,
            java.util.Optional<String> closeDate, List<OpportunityItem.Request> items) {
        Map<String, String> suppliers = items == null ? Map.of() : catalog.suppliersOf(items.stream()
                .map(item -> item.sku() == null ? "" : item.sku().strip().toUpperCase(java.util.Locale.ROOT)).toList());
        return change(caller, id, expectedVersion, policy::updateOpportunity, (opportunity, now) -> {
            if (amount != null || probability != null || closeDate != null) {
                opportunity.update(amount, probability, closeDate, caller.actor(), now);
            }
            if (items != null) {
                opportunity.expectItems(items, suppliers, caller.actor(), now);
            }
        });
    }

    Opportunity log(Caller caller, String id, Integer expectedVersion, Activity.Type type, String subject, String notes,
            String dueDate) {
        return change(caller, id, expectedVersion, policy::logActivity, (opportunity, now) -> opportunity.log(type, subject, notes, dueDate, caller.actor(), now));
    }

    Opportunity completeTask(Caller caller, String id, Integer expectedVersion, String activityId) {
        return change(caller, id, expectedVersion, policy::logActivity, (opportunity, now) -> opportunity.completeTask(activityId, caller.actor(), now));
    }

    Window<Opportunity> list(Caller caller, String stage, String dealerId, ScrollSubrange page) {
        return list(caller, stage, dealerId, OpportunitySort.of(null, null), page);
    }

    /** The caller's visible opportunities, filtered, in the sort given (an {@link OpportunitySort} or a date order). */
    Window<Opportunity> list(Caller caller, String stage, String dealerId, Sort sort, ScrollSubrange page) {
        return Pages.scroll(mongo, Query.query(visible(caller, stage, dealerId)), sort, page, Opportunity.class);
    }

    /**
     * The caller's visible opportunities whose name, contact (name, e-mail) or company hold every word, newest
     * first; none for a caller without {@code leads:read}.
     */
    Window<Opportunity> search(Caller caller, io.canale.shared.SearchText text, ScrollSubrange page) {
        if (text.isEmpty() || !policy.listRecords(caller, Scopes.LEADS_READ).allowed()) {
            return Pages.none();
        }
        Criteria criteria = visible(caller, null, null).andOperator(text.inAnyOf("name", "contact.name", "contact.email",
                "company.name"));
        return Pages.scroll(mongo, Query.query(criteria), NEWEST_FIRST, page, Opportunity.class);
    }

    Optional<Opportunity> find(Caller caller, String id) {
        policy.recordsVisibleTo(caller, Scopes.LEADS_READ);
        return Optional.ofNullable(mongo.findById(id, Opportunity.class))
                .filter(opportunity -> policy.mayRead(caller, Scopes.LEADS_READ, opportunity.parties()));
    }

    /** Every stage in order, with counts and sums per currency over what the caller sees. */
    List<StageTotal> pipeline(Caller caller, String dealerId) {
        Query query = Query.query(visible(caller, null, dealerId));
        query.fields().include("stage", "amount", "probability");
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal[]>> sums = new LinkedHashMap<>();
        stages.stages().forEach(stage -> {
            counts.put(stage, new int[1]);
            sums.put(stage, new TreeMap<>());
        });
        mongo.stream(query, Opportunity.class).forEach(opportunity -> {
            int[] count = counts.get(opportunity.stage());
            if (count == null) {
                return; // a stage removed from the configuration
            }
            count[0]++;
            Money amount = opportunity.amount();
            if (amount != null) {
                BigDecimal[] sum = sums.get(opportunity.stage()).computeIfAbsent(amount.currency(),
                        currency -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(amount.amount());
                sum[1] = sum[1].add(amount.amount().multiply(BigDecimal.valueOf(opportunity.probability())));
            }
        });
        List<StageTotal> totals = new ArrayList<>();
        counts.forEach((stage, count) -> {
            List<Money> total = new ArrayList<>();
            List<Money> weighted = new ArrayList<>();
            sums.get(stage).forEach((currency, sum) -> {
                total.add(new Money(sum[0], currency));
                weighted.add(new Money(sum[1].divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN), currency));
            });
            totals.add(new StageTotal(stage, count[0], total, weighted));
        });
        return totals;
    }

    PipelineStages stages() {
        return stages;
    }

    private Criteria visible(Caller caller, String stage, String dealerId) {
        Criteria criteria = policy.recordsVisibleTo(caller, Scopes.LEADS_READ).asCriteria();
        if (stage != null) {
            criteria = criteria.and("stage").is(stage);
        }
        if (dealerId != null) {
            criteria = criteria.and("dealerId").is(dealerId);
        }
        return criteria;
    }

    /** Applies a change the policy allows: {@code rule} is the policy's decision for this kind of change. */
    private Opportunity change(Caller caller, String id, Integer expectedVersion,
            BiFunction<Caller, Facts.Opportunity, Decision> rule, BiConsumer<Opportunity, Instant> change) {
        Opportunity opportunity = Optional.ofNullable(mongo.findById(id, Opportunity.class))
                .orElseThrow(() -> new NotFoundException("opportunity"));
        rule.apply(caller, opportunity.facts(stages)).enforce("input.stage");
        Versions.expect(expectedVersion, opportunity.version());
        change.accept(opportunity, clock.instant());
        opportunity.sortKeys();
        return mongo.save(opportunity);
    }
}
