package io.canale.change;

import com.mongodb.client.model.Filters;
import io.canale.partner.PartnerDirectory;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.security.Facts;
import io.canale.security.PriceVisibility;
import io.canale.shared.Party;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Which feed entries a caller reads, and which of their fields: the access policy decides, as it does for reading
 * the records themselves; this class applies its decisions to the stored paths. Staff read every field. A party
 * reads the fields its record view shows (listed per kind of record below, so a field added to a record stays out of
 * partners' feeds until it is listed here), an end customer's contact only where the policy shows it, comments it
 * may read, and a carrier only its own shipments of an order. Secrets (survey link nonces and hashes, idempotency
 * keys) and the people of other partners are never shown.
 */
@Component
class ChangeReading {

    /** Top-level fields a party of the record reads (staff read all). */
    private static final Map<RecordType, Set<String>> PARTY_FIELDS = Map.ofEntries(
            Map.entry(RecordType.LEAD, Set.of("status", "source", "details", "dealerId", "acceptBy", "opportunityId", "mergedInto",
                    "receivedAt", "parties")),
            Map.entry(RecordType.OPPORTUNITY, Set.of("leadId", "dealerId", "name", "contact", "company", "stage", "amount",
                    "probability", "expectedCloseDate", "lostReason", "activities", "items", "createdAt", "parties")),
            Map.entry(RecordType.DEAL_REGISTRATION, Set.of("dealerId", "customerName", "vatNumber", "productLine", "expectedValue",
                    "expectedCloseDate", "status", "protectedUntil", "decisionReason", "createdAt", "parties")),
            Map.entry(RecordType.ORDER, Set.of("groupId", "dealerId", "supplierId", "status", "lines", "requestedDate",
                    "deliveryAddress", "endCustomer", "replacementFor", "createdAt", "shipments", "parties")),
            Map.entry(RecordType.ORDER_DRAFT, Set.of("dealerId", "status", "lines", "requestedDate", "deliveryAddress", "endCustomer",
                    "groupId", "createdAt", "parties", "deletedAt")),
            Map.entry(RecordType.PRODUCT, Set.of("names", "descriptions", "productLine", "unit", "supplierId", "active")),
            Map.entry(RecordType.PRICE_LIST, Set.of("name", "tier", "currency", "validFrom", "validTo", "prices", "createdAt")),
            Map.entry(RecordType.STOCK_LEVEL, Set.of("supplierId", "available", "nextBatchQuantity", "nextBatchEta")),
            Map.entry(RecordType.PARTNER, Set.of("type", "name", "tier", "territory", "contacts", "active")),
            Map.entry(RecordType.SERVICE_CASE, Set.of("dealerId", "type", "priority", "status", "subject", "description", "productSku",
                    "shipmentId", "endCustomer", "waitingOn", "waitingOnPartnerId", "waitingReason", "resolution",
                    "resolutionNote", "resolvedAt", "warranty", "returnAuthorization", "calendarCountry", "createdAt", "lines",
                    "parties", "comments", "survey")),
            Map.entry(RecordType.RECOVERY_CLAIM, Set.of("caseId", "againstId", "reason", "amount", "evidence", "status", "answer",
                    "createdAt", "parties")),
            Map.entry(RecordType.FUND_ALLOCATION, Set.of("budgetId", "budgetName", "partnerId", "amount", "basis", "requests",
                    "createdAt", "parties")),
            Map.entry(RecordType.INCENTIVE_PAYOUT, Set.of("programId", "period", "partnerId", "currency", "paid", "payouts")));

    /** Keys never shown: link secrets and retry keys. */
    private static final Set<String> SECRETS = Set.of("nonce", "tokenHash", "idempotencyKey");

    /** Keys that name a person; shown to partners only as the policy allows (comment authors), else left out. */
    private static final Set<String> PEOPLE = Set.of("by", "authorSubject", "deletedBy", "createdBy", "updatedBy", "sentTo",
            "paidBy", "closedBy");

    private final AccessPolicy policy;
    private final PartnerDirectory partners;

    ChangeReading(AccessPolicy policy, PartnerDirectory partners) {
        this.policy = policy;
        this.partners = partners;
    }

    /** The kinds of records whose changes the caller reads, of those asked for (all when none are named). */
    Set<RecordType> readableTypes(Caller caller, Collection<RecordType> asked) {
        Set<RecordType> types = asked == null || asked.isEmpty() ? EnumSet.allOf(RecordType.class) : EnumSet.copyOf(asked);
        types.removeIf(type -> !policy.readsChangesUnder(caller, type.readScope()));
        if (!policy.mayReadCatalog(caller)) {
            types.remove(RecordType.PRODUCT);
            types.remove(RecordType.PRICE_LIST);
        }
        if (!policy.readsPriceLists(caller)) {
            types.remove(RecordType.PRICE_LIST);
        }
        return types;
    }

    /**
     * The store condition that narrows the feed to what may concern the caller; {@link #shownTo} decides each entry.
     * Staff: the kinds they read. Partners: records naming them as a party, the catalog, their tier's price lists.
     */
    Bson concerning(Caller caller, Set<RecordType> types) {
        Bson kinds = Filters.in("recordType", types.stream().map(Enum::name).toList());
        if (policy.readsEveryChange(caller)) {
            return kinds;
        }
        List<Bson> mine = new ArrayList<>();
        mine.add(Filters.eq("parties.partnerId", caller.partnerId()));
        if (types.contains(RecordType.PRODUCT)) {
            mine.add(Filters.eq("recordType", RecordType.PRODUCT.name()));
        }
        tierOfPriceLists(caller).ifPresent(tier -> mine.add(Filters.and(Filters.eq("recordType", RecordType.PRICE_LIST.name()),
                Filters.eq("facts.tier", tier))));
        return Filters.and(kinds, Filters.or(mine));
    }

    /** The entry as the caller may read it, or nothing when it may read none of it. */
    Optional<ShownChange> shownTo(Caller caller, Document entry) {
        RecordType type = RecordType.valueOf(entry.getString("recordType"));
        Document facts = entry.get("facts", Document.class);
        List<Party> parties = partiesOf(entry);
        if (!readsRecord(caller, type, parties, facts)) {
            return Optional.empty();
        }
        Predicate<String> readable = readablePaths(caller, type, parties, facts);
        List<ShownChange.Field> fields = new ArrayList<>();
        List<Document> stored = entry.getList("fields", Document.class, List.of());
        for (Document field : stored) {
            String path = field.getString("path");
            if (readable.test(path)) {
                fields.add(new ShownChange.Field(path, field.get("before"), field.get("after")));
            }
        }
        if (!stored.isEmpty() && fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ShownChange.of(entry, type, fields));
    }

    private boolean readsRecord(Caller caller, RecordType type, List<Party> parties, Document facts) {
        if (!policy.readsChangesUnder(caller, type.readScope())) {
            return false;
        }
        return switch (type) {
            case PRODUCT -> policy.mayReadCatalog(caller);
            case PRICE_LIST -> policy.readsEveryChange(caller) || tierOfPriceLists(caller).map(tier -> tier.equals(facts.getString("tier"))).orElse(false);
            case PARTNER -> policy.seesPeopleOf(caller, againstOf(parties));
            case STOCK_LEVEL -> policy.seesExactStock(caller, againstOf(parties));
            case RECOVERY_CLAIM -> policy.mayReadRecoveryClaim(caller, new Facts.RecoveryClaim(againstOf(parties), false, false));
            default -> policy.mayRead(caller, type.readScope(), parties);
        };
    }

    private Predicate<String> readablePaths(Caller caller, RecordType type, List<Party> parties, Document facts) {
        if (policy.readsEveryChange(caller)) {
            return path -> !SECRETS.contains(last(path));
        }
        if (type == RecordType.ORDER && !policy.mayReadOrder(caller, parties)) {
            return ownShipments(caller, facts); // a carrier of the order: its shipments, never the order (prices)
        }
        Set<String> listed = PARTY_FIELDS.getOrDefault(type, Set.of());
        String dealerId = facts == null ? null : facts.getString("dealerId");
        boolean endCustomer = policy.seesEndCustomerOf(caller, dealerId);
        boolean survey = type == RecordType.SERVICE_CASE && policy.seesCaseSurvey(caller, caseFacts(dealerId, parties));
        Map<String, Document> items = itemFacts(facts);
        return path -> {
            String[] parts = path.split("\\.");
            String top = parts[0];
            if (!listed.contains(top) || SECRETS.contains(last(path))) {
                return false;
            }
            if (top.equals("endCustomer") && !endCustomer || top.equals("survey") && !survey) {
                return false;
            }
            if (top.equals("comments") && parts.length > 1) {
                return commentReadable(caller, items.get("comments." + parts[1]), path);
            }
            return !PEOPLE.contains(last(path));
        };
    }

    private boolean commentReadable(Caller caller, Document comment, String path) {
        if (comment == null) {
            return false;
        }
        String visibility = comment.getString("visibility");
        String author = comment.getString("authorPartnerId");
        boolean readable = policy.mayReadComment(caller, new Facts.CaseComment("INTERNAL".equals(visibility),
                "ADDRESSED".equals(visibility), comment.getString("addressedTo"), null, author, false));
        if (!readable || path.contains(".revisions.") && !policy.seesCommentHistory(caller)) {
            return false;
        }
        return !PEOPLE.contains(last(path)) || policy.seesPeopleOf(caller, author);
    }

    private Predicate<String> ownShipments(Caller caller, Document facts) {
        Map<String, Document> items = itemFacts(facts);
        return path -> {
            String[] parts = path.split("\\.");
            if (!parts[0].equals("shipments") || parts.length < 3 || SECRETS.contains(last(path))) {
                return false;
            }
            Document shipment = items.get("shipments." + parts[1]);
            return shipment != null && policy.mayReadShipment(caller,
                    new Facts.Shipment(shipment.getString("carrierId"), List.of(), false, List.of()));
        };
    }

    private Optional<String> tierOfPriceLists(Caller caller) {
        if (!policy.readsPriceLists(caller)) {
            return Optional.empty();
        }
        return policy.priceListsVisibleTo(caller) instanceof PriceVisibility.TierOf tierOf
                ? partners.tierOf(tierOf.dealerId()).map(Enum::name) : Optional.empty();
    }

    private static Facts.ServiceCase caseFacts(String dealerId, List<Party> parties) {
        return new Facts.ServiceCase(dealerId, parties, false, false, false, false, false, false, null);
    }

    /** The one party of a record that has one: the partner a claim is against, a partner itself, a stock's supplier. */
    private static String againstOf(List<Party> parties) {
        return parties.isEmpty() ? null : parties.getFirst().partnerId();
    }

    private static List<Party> partiesOf(Document entry) {
        return entry.getList("parties", Document.class, List.of()).stream()
                .map(party -> new Party(party.getString("partnerId"), party.getString("role"))).toList();
    }

    private static Map<String, Document> itemFacts(Document facts) {
        Map<String, Document> items = new HashMap<>();
        if (facts != null) {
            facts.getList("items", Document.class, List.of()).forEach(item -> items.put(item.getString("item"), item));
        }
        return items;
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
