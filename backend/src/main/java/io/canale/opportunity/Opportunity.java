package io.canale.opportunity;

import io.canale.lead.Lead;
import io.canale.lead.LeadDetails;
import io.canale.security.Facts;
import io.canale.shared.Actor;
import io.canale.shared.Audit;
import io.canale.shared.Ids;
import io.canale.shared.InvalidInputException;
import io.canale.shared.Money;
import io.canale.shared.Party;
import io.canale.shared.TimelineEntry;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A deal a dealer works towards, born from an accepted lead. Its id derives from the lead's, so converting
 * twice (after a crash between the two writes) finds the same opportunity instead of creating another.
 */
@Document("opportunities")
// Indexes are checked against every query the tests send (IndexCoverageIT); connections end in '_id': 1 (see Pages.scroll).
@CompoundIndex(name = "newest", def = "{'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "party_newest", def = "{'parties.partnerId': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "dealer_newest", def = "{'dealerId': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "oldest", def = "{'createdAt': 1, '_id': 1}")
@CompoundIndex(name = "party_oldest", def = "{'parties.partnerId': 1, 'createdAt': 1, '_id': 1}")
@CompoundIndex(name = "dealer_oldest", def = "{'dealerId': 1, 'createdAt': 1, '_id': 1}")
@CompoundIndex(name = "closing", def = "{'expectedCloseDate': 1}")
@CompoundIndex(name = "supplier_closing", def = "{'items.supplierId': 1, 'expectedCloseDate': 1}")
// The column sorts (OpportunitySort), per visibility prefix (staff: none; a partner: its parties) and per filter staff
// combine with a sort (stage, dealer): equality, then the sort, then the id. The stage sort with a stage filter is the
// date within the stage (stage_asc).
@CompoundIndex(name = "name_asc", def = "{'sortName': 1, '_id': 1}")
@CompoundIndex(name = "name_desc", def = "{'sortName': -1, '_id': 1}")
@CompoundIndex(name = "party_name_asc", def = "{'parties.partnerId': 1, 'sortName': 1, '_id': 1}")
@CompoundIndex(name = "party_name_desc", def = "{'parties.partnerId': 1, 'sortName': -1, '_id': 1}")
@CompoundIndex(name = "stage_name_asc", def = "{'stage': 1, 'sortName': 1, '_id': 1}")
@CompoundIndex(name = "stage_name_desc", def = "{'stage': 1, 'sortName': -1, '_id': 1}")
@CompoundIndex(name = "dealer_name_asc", def = "{'dealerId': 1, 'sortName': 1, '_id': 1}")
@CompoundIndex(name = "dealer_name_desc", def = "{'dealerId': 1, 'sortName': -1, '_id': 1}")
@CompoundIndex(name = "amount_asc", def = "{'sortAmount': 1, '_id': 1}")
@CompoundIndex(name = "amount_desc", def = "{'sortAmount': -1, '_id': 1}")
@CompoundIndex(name = "party_amount_asc", def = "{'parties.partnerId': 1, 'sortAmount': 1, '_id': 1}")
@CompoundIndex(name = "party_amount_desc", def = "{'parties.partnerId': 1, 'sortAmount': -1, '_id': 1}")
@CompoundIndex(name = "stage_amount_asc", def = "{'stage': 1, 'sortAmount': 1, '_id': 1}")
@CompoundIndex(name = "stage_amount_desc", def = "{'stage': 1, 'sortAmount': -1, '_id': 1}")
@CompoundIndex(name = "dealer_amount_asc", def = "{'dealerId': 1, 'sortAmount': 1, '_id': 1}")
@CompoundIndex(name = "dealer_amount_desc", def = "{'dealerId': 1, 'sortAmount': -1, '_id': 1}")
@CompoundIndex(name = "close_asc", def = "{'sortCloseDate': 1, '_id': 1}")
@CompoundIndex(name = "close_desc", def = "{'sortCloseDate': -1, '_id': 1}")
@CompoundIndex(name = "party_close_asc", def = "{'parties.partnerId': 1, 'sortCloseDate': 1, '_id': 1}")
@CompoundIndex(name = "party_close_desc", def = "{'parties.partnerId': 1, 'sortCloseDate': -1, '_id': 1}")
@CompoundIndex(name = "stage_close_asc", def = "{'stage': 1, 'sortCloseDate': 1, '_id': 1}")
@CompoundIndex(name = "stage_close_desc", def = "{'stage': 1, 'sortCloseDate': -1, '_id': 1}")
@CompoundIndex(name = "dealer_close_asc", def = "{'dealerId': 1, 'sortCloseDate': 1, '_id': 1}")
@CompoundIndex(name = "dealer_close_desc", def = "{'dealerId': 1, 'sortCloseDate': -1, '_id': 1}")
@CompoundIndex(name = "stage_asc", def = "{'stage': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "stage_desc", def = "{'stage': -1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "party_stage_asc", def = "{'parties.partnerId': 1, 'stage': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "party_stage_desc", def = "{'parties.partnerId': 1, 'stage': -1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "dealer_stage_asc", def = "{'dealerId': 1, 'stage': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "dealer_stage_desc", def = "{'dealerId': 1, 'stage': -1, 'createdAt': -1, '_id': 1}")
public class Opportunity implements io.canale.shared.TimelineRecord {

    static final int MAX_ACTIVITIES = 500;

    @Id
    private String id;
    private String leadId;
    private String dealerId;
    private String name;
    private LeadDetails.Contact contact;
    private LeadDetails.Company company;
    @org.springframework.data.mongodb.core.index.Indexed(sparse = true)
    private String companyKey;
    private String stage;
    private Money amount;
    private int probability;
    private String expectedCloseDate;
    private String lostReason;
    private List<Activity> activities = new ArrayList<>();
    private List<OpportunityItem> items = new ArrayList<>();
    private List<Party> parties = new ArrayList<>();
    private List<TimelineEntry> timeline = new ArrayList<>();
    private Instant createdAt;
    /**
     * The name, the amount (cents, -1 for none) and the expected close date ("" for none) as they sort
     * ({@link OpportunitySort}): never null once stored, so that a keyset position can resume. Opportunities stored
     * before them get them from {@link OpportunitySortKeysBackfill}.
     */
    private String sortName;
    private Long sortAmount;
    private String sortCloseDate;
    private Audit audit;
    @Version
    private Long version;

    protected Opportunity() {
    }

    /** Also before each save: an opportunity read before the start-up backfill gave it keys must not lose them. */
    void sortKeys() {
        sortName = sortNameNow();
        sortAmount = sortAmountNow();
        sortCloseDate = sortCloseDateNow();
    }

    /** The sort keys from the values as they are now (also for opportunities stored before the keys). */
    String sortNameNow() {
        return io.canale.shared.SortKeys.text(name);
    }

    long sortAmountNow() {
        return io.canale.shared.SortKeys.cents(amount);
    }

    /** An ISO date sorts as written; "" (none) first from the earliest. */
    String sortCloseDateNow() {
        return expectedCloseDate == null ? "" : expectedCloseDate;
    }

    static String idFor(String leadId) {
        return "opp_" + leadId.substring(leadId.indexOf('_') + 1);
    }

    static Opportunity fromLead(Lead lead, String name, Money amount, Integer probability, String expectedCloseDate,
            PipelineStages stages, Actor by, Instant at) {
        UserErrors errors = new UserErrors().maxLength("input.name", name, 120);
        checkProbability(probability, errors);
        checkDate(expectedCloseDate, errors);
        errors.throwIfAny();
        Opportunity opportunity = new Opportunity();
        opportunity.id = idFor(lead.id());
        opportunity.leadId = lead.id();
        opportunity.dealerId = lead.dealerId();
        opportunity.contact = lead.contact();
        opportunity.company = lead.company();
        opportunity.companyKey = lead.company() == null ? null : io.canale.shared.CompanyNames.key(lead.company().name());
        opportunity.name = name != null && !name.isBlank() ? name.strip()
                : lead.company() != null ? lead.company().name() : lead.contact().name();
        opportunity.stage = stages.first();
        opportunity.amount = amount;
        opportunity.probability = probability != null ? probability : stages.probabilityOf(stages.first());
        opportunity.expectedCloseDate = expectedCloseDate;
        opportunity.parties.add(new Party(lead.dealerId(), Lead.OWNER));
        opportunity.createdAt = at;
        opportunity.audit = Audit.createdBy(by, at);
        opportunity.sortKeys();
        opportunity.timeline.add(TimelineEntry.shared(at, by, "OPPORTUNITY_OPENED", "Opened from a lead in stage " + opportunity.stage,
                opportunity.stage));
        return opportunity;
    }

    /** What the access policy weighs about this opportunity; closing stages come from the configuration. */
    Facts.Opportunity facts(PipelineStages stages) {
        return new Facts.Opportunity(dealerId, parties(), stages.closes(stage));
    }

    void moveTo(String newStage, String reason, PipelineStages stages, Actor by, Instant at) {
        if (!stages.contains(newStage)) {
            throw new InvalidInputException("input.stage", UserErrorCode.INVALID, "unknown stage; use one of " + stages.stages());
        }
        if (stages.closes(stage)) {
            throw new InvalidInputException("input.stage", UserErrorCode.ILLEGAL_STATE, "the opportunity is already " + stage);
        }
        if (stages.needsReason(newStage) && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("input.lostReason", UserErrorCode.REQUIRED, "say why it was lost");
        }
        if (reason != null && reason.length() > 500) {
            throw new InvalidInputException("input.lostReason", UserErrorCode.TOO_LONG, "at most 500 characters");
        }
        String from = stage;
        stage = newStage;
        probability = stages.probabilityOf(newStage);
        lostReason = newStage.equals(stages.lost()) ? reason.strip() : null;
        timeline.add(TimelineEntry.shared(at, by, "STAGE_CHANGED", from + " → " + newStage
                + (lostReason == null ? "" : " (" + lostReason + ")"), from, newStage, lostReason == null ? "" : lostReason));
        audit = audit.changedBy(by, at);
    }

    /**
     * Changes what is given: {@code null} keeps a value, an empty {@code Optional} clears the amount or close date (the
     * API's explicit null), a present one sets it. The chance of winning cannot be cleared.
     */
    void update(Optional<Money> newAmount, Integer newProbability, Optional<String> newCloseDate, Actor by, Instant at) {
        UserErrors errors = new UserErrors();
        checkProbability(newProbability, errors);
        if (newCloseDate != null) {
            checkDate(newCloseDate.orElse(null), errors);
        }
        errors.throwIfAny();
        if (newAmount != null) {
            amount = newAmount.orElse(null);
        }
        if (newProbability != null) {
            probability = newProbability;
        }
        if (newCloseDate != null) {
            expectedCloseDate = newCloseDate.orElse(null);
        }
        sortKeys();
        timeline.add(TimelineEntry.shared(at, by, "OPPORTUNITY_UPDATED", "Amount, probability or close date changed"));
        audit = audit.changedBy(by, at);
    }

    /**
     * Replaces the products expected to sell. {@code supplierOfSku} holds the catalog's supplier of every known
     * SKU; unknown ones are refused, so forecasts only ever name real products.
     */
    void expectItems(List<OpportunityItem.Request> requests, java.util.Map<String, String> supplierOfSku, Actor by, Instant at) {
        UserErrors errors = new UserErrors();
        if (requests.size() > OpportunityItem.MAX_ITEMS) {
            errors.add("input.items", UserErrorCode.TOO_MANY, "at most " + OpportunityItem.MAX_ITEMS + " products");
            errors.throwIfAny();
        }
        List<OpportunityItem> expected = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            String path = "input.items." + i;
            String sku = requests.get(i).sku() == null ? "" : requests.get(i).sku().strip().toUpperCase(java.util.Locale.ROOT);
            Integer quantity = requests.get(i).quantity();
            if (!supplierOfSku.containsKey(sku)) {
                errors.add(path + ".sku", UserErrorCode.NOT_FOUND, "unknown SKU " + sku);
            } else if (!seen.add(sku)) {
                errors.add(path + ".sku", UserErrorCode.DUPLICATE, "SKU " + sku + " is on another line");
            }
            if (quantity == null || quantity < 1 || quantity > OpportunityItem.MAX_QUANTITY) {
                errors.add(path + ".quantity", UserErrorCode.INVALID, "between 1 and " + OpportunityItem.MAX_QUANTITY);
            } else if (supplierOfSku.containsKey(sku)) {
                expected.add(new OpportunityItem(sku, supplierOfSku.get(sku), quantity));
            }
        }
        errors.throwIfAny();
        items = expected;
        timeline.add(TimelineEntry.shared(at, by, "ITEMS_CHANGED", expected.size() + " product(s) expected",
                String.valueOf(expected.size())));
        audit = audit.changedBy(by, at);
    }

    Activity log(Activity.Type type, String subject, String notes, String dueDate, Actor by, Instant at) {
        UserErrors errors = new UserErrors().requireText("input.subject", subject, 120).maxLength("input.notes", notes, 2000);
        if (type == null) {
            errors.add("input.type", UserErrorCode.REQUIRED, "must be given");
        } else if (type == Activity.Type.TASK && dueDate == null) {
            errors.add("input.dueDate", UserErrorCode.REQUIRED, "a task needs a due date");
        }
        checkDate(dueDate, errors, "input.dueDate");
        if (activities.size() >= MAX_ACTIVITIES) {
            errors.add("input", UserErrorCode.TOO_MANY, "at most " + MAX_ACTIVITIES + " activities per opportunity");
        }
        errors.throwIfAny();
        Activity activity = Activity.logged(Ids.next("act"), type, subject.strip(), notes, dueDate, at, by);
        activities.add(activity);
        timeline.add(TimelineEntry.shared(at, by, "ACTIVITY_" + type.name(), subject.strip(), subject.strip()));
        audit = audit.changedBy(by, at);
        return activity;
    }

    void completeTask(String activityId, Actor by, Instant at) {
        for (int i = 0; i < activities.size(); i++) {
            Activity activity = activities.get(i);
            if (activity.id().equals(activityId)) {
                if (activity.type() != Activity.Type.TASK || activity.done()) {
                    throw new InvalidInputException("input.activityId", UserErrorCode.ILLEGAL_STATE, "not an open task");
                }
                activities.set(i, activity.completed());
                timeline.add(TimelineEntry.shared(at, by, "TASK_DONE", activity.subject(), activity.subject()));
                audit = audit.changedBy(by, at);
                return;
            }
        }
        throw new InvalidInputException("input.activityId", UserErrorCode.NOT_FOUND, "no such activity");
    }

    private static void checkProbability(Integer probability, UserErrors errors) {
        if (probability != null && (probability < 0 || probability > 100)) {
            errors.add("input.probability", UserErrorCode.INVALID, "must be between 0 and 100");
        }
    }

    private static void checkDate(String date, UserErrors errors) {
        checkDate(date, errors, "input.expectedCloseDate");
    }

    private static void checkDate(String date, UserErrors errors, String path) {
        if (date == null) {
            return;
        }
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException ex) {
            errors.add(path, UserErrorCode.INVALID, "expected an ISO date such as 2027-03-31");
        }
    }

    @Override public String id() { return id; }
    public String leadId() { return leadId; }
    public String name() { return name; }
    public LeadDetails.Contact contact() { return contact; }
    public LeadDetails.Company company() { return company; }
    public String stage() { return stage; }
    public Money amount() { return amount; }
    public int probability() { return probability; }
    public String expectedCloseDate() { return expectedCloseDate; }
    public String lostReason() { return lostReason; }
    public List<Activity> activities() { return List.copyOf(activities); }
    public List<OpportunityItem> items() { return items == null ? List.of() : List.copyOf(items); }
    @Override public List<TimelineEntry> timeline() { return List.copyOf(timeline); }
    @Override public String recordType() { return "OPPORTUNITY"; }
    public Audit audit() { return audit; }
    public Long version() { return version; }
    String dealerId() { return dealerId; }
    @Override public List<Party> parties() { return List.copyOf(parties); }
}
