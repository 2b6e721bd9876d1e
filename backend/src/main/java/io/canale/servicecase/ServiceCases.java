package io.canale.servicecase;

import io.canale.catalog.Catalog;
import io.canale.order.OrderLines;
import io.canale.order.OrderedLine;
import io.canale.partner.PartnerDirectory;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.security.Facts;
import io.canale.shared.Ids;
import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.Pages;
import io.canale.shared.PartnerType;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import io.canale.shared.Versions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
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

/** Opens, lists and works service cases on behalf of a caller, through the {@link AccessPolicy}. */
@Service
@EnableConfigurationProperties({ServiceProperties.class, SlaSettings.class})
class ServiceCases {

    static final int MAX_LINES = 50;
    /** The types the end customer may choose on the public form; delivery damage is the dealer's to report. */
    static final Set<ServiceCase.Type> WEB_FORM_TYPES = Set.of(ServiceCase.Type.COMPLAINT, ServiceCase.Type.WARRANTY_CLAIM,
            ServiceCase.Type.RETURN);
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt", "id");

    /** An order line named by the caller. */
    record LineRef(String orderId, Integer line) {
    }

    /** What the caller asks to open. */
    record OpenRequest(String dealerId, ServiceCase.Type type, ServiceCase.Priority priority, String subject, String description,
            List<LineRef> orderLines, String productSku, String shipmentId, ServiceCase.EndCustomer endCustomer, String idempotencyKey) {
    }

    /** Which cases to list; null parts do not narrow it. */
    record Filter(ServiceCase.Status status, ServiceCase.Type type, Boolean waitingOnMe, ServiceCase.WaitingOn waitingOn,
            String productSku) {
    }

    /** The figures of the coordination board. */
    record Counts(Map<ServiceCase.Status, Integer> byStatus, Map<ServiceCase.WaitingOn, Integer> byWaitingOn) {
    }

    /** Open and all cases about one product. */
    record ProductCount(String sku, int open, int total) {
    }

    private final MongoOperations mongo;
    private final AccessPolicy policy;
    private final OrderLines orderLines;
    private final Catalog catalog;
    private final PartnerDirectory partners;
    private final ServiceProperties properties;
    private final WarrantyCheck warranty;
    private final SlaSettings sla;
    private final BusinessCalendars calendars;
    private final CaseSurveys surveys;
    private final Clock clock;

    ServiceCases(MongoOperations mongo, AccessPolicy policy, OrderLines orderLines, Catalog catalog, PartnerDirectory partners,
            ServiceProperties properties, SlaSettings sla, CaseSurveys surveys, Clock clock) {
        this.mongo = mongo;
        this.policy = policy;
        this.orderLines = orderLines;
        this.catalog = catalog;
        this.partners = partners;
        this.properties = properties;
        this.warranty = new WarrantyCheck(properties);
        this.sla = sla;
        this.calendars = new BusinessCalendars(sla);
        this.surveys = surveys;
        this.clock = clock;
    }

    /**
     * Opens a case for the caller's dealer (staff: for the dealer they name), linked to order lines of that dealer it
     * may see, a product, a shipment of a linked order, and the end customer. The supplier of the goods joins, and
     * the carrier for delivery damage. With an idempotency key the case's id derives from dealer and key, so a retry
     * returns the case the first attempt opened.
     */
    ServiceCase open(Caller caller, OpenRequest request) {
        Optional<String> ownDealer = policy.opensCasesOnlyFor(caller);
        UserErrors errors = new UserErrors();
        String dealerId = dealerOf(ownDealer, request.dealerId(), errors);
        String id = idOf(dealerId, request.idempotencyKey(), errors);
        if (request.idempotencyKey() != null && errors.isEmpty()) {
            Optional<ServiceCase> earlier = find(caller, id);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        checkContent(request, errors);
        List<OrderedLine> lines = lines(caller, dealerId, request.orderLines(), errors);
        String productSku = productSku(request.productSku(), lines, errors);
        String carrierId = carrier(caller, request, lines, errors);
        errors.throwIfAny();

        Instant now = clock.instant();
        List<String> suppliers = suppliers(lines, productSku);
        ServiceCase opened = ServiceCase.open(id, opening(dealerId, request, lines, productSku, suppliers, carrierId), caller.actor(), now);
        suppliers.stream().skip(1).forEach(other -> opened.addParty(other, ServiceCase.SUPPLIER, caller.actor(), now));
        return insert(opened, () -> existing(caller, id));
    }

    /**
     * Opens a case the end customer sent through the public form to the dealer that sold the goods, as the platform
     * ({@code web-form}): no caller, so the access policy has nothing to decide; the case is then the dealer's like
     * any other. Links no order lines (the customer cannot name the dealer's orders), at most a catalog product, whose
     * supplier joins. The same checks as {@link #open}, plus a way to reach the customer; an unknown or inactive
     * dealer gets the same answer as a malformed one, so the form does not tell which partners exist. With a
     * submission id (the form's idempotency key), a double submit returns the case the first one opened.
     *
     * @param formErrors what reading the form already found wrong (reported together with these checks)
     */
    ServiceCase openFromWebForm(OpenRequest request, UserErrors formErrors) {
        UserErrors errors = formErrors;
        String dealerId = request.dealerId();
        if (dealerId == null || dealerId.isBlank()) {
            errors.add("input.dealerId", UserErrorCode.REQUIRED, "name the dealer that sold the goods");
        } else if (dealerId.length() > 100 || !partners.isActive(dealerId, PartnerType.DEALER)) {
            errors.add("input.dealerId", UserErrorCode.INVALID, "not a dealer this form reaches");
        }
        String id = idOf("web-form:" + dealerId, request.idempotencyKey(), errors);
        if (request.type() != null && !WEB_FORM_TYPES.contains(request.type())) {
            errors.add("input.type", UserErrorCode.INVALID, "one of " + WEB_FORM_TYPES.stream().map(Enum::name).sorted().toList());
        }
        checkContent(request, errors);
        ServiceCase.EndCustomer customer = request.endCustomer();
        if (customer == null || isBlank(customer.email()) && isBlank(customer.phone())) {
            errors.add("input.endCustomer.email", UserErrorCode.REQUIRED, "give an email address or a phone number");
        }
        String productSku = productSku(request.productSku(), List.of(), errors);
        errors.throwIfAny();

        List<String> suppliers = suppliers(List.of(), productSku);
        ServiceCase opened = ServiceCase.openFromWebForm(id, opening(dealerId, request, List.of(), productSku, suppliers, null),
                clock.instant());
        return insert(opened, () -> mongo.findById(id, ServiceCase.class));
    }

    /** A new id, or with an idempotency key one derived from the key and its scope (the dealer), so a retry finds it. */
    private static String idOf(String scope, String idempotencyKey, UserErrors errors) {
        if (idempotencyKey == null) {
            return Ids.next("case");
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            errors.add("input.idempotencyKey", UserErrorCode.INVALID, "1 to 100 characters");
        }
        return Ids.derived("case", scope + ":" + idempotencyKey);
    }

    /** What every case needs, however it is opened. */
    private static void checkContent(OpenRequest request, UserErrors errors) {
        if (request.type() == null) {
            errors.add("input.type", UserErrorCode.REQUIRED, "say what kind of case it is");
        }
        errors.requireText("input.subject", request.subject(), 200).maxLength("input.description", request.description(), 10_000);
        ServiceCase.EndCustomer customer = request.endCustomer();
        if (customer != null) {
            errors.requireText("input.endCustomer.name", customer.name(), 120).email("input.endCustomer.email", customer.email())
                    .phone("input.endCustomer.phone", customer.phone());
        }
    }

    /** The suppliers of the linked lines, or else the product's: the first joins with the case, the others after. */
    private List<String> suppliers(List<OrderedLine> lines, String productSku) {
        Set<String> suppliers = new LinkedHashSet<>();
        lines.forEach(line -> suppliers.add(line.supplierId()));
        if (suppliers.isEmpty() && productSku != null) {
            Optional.ofNullable(catalog.suppliersOf(List.of(productSku)).get(productSku)).ifPresent(suppliers::add);
        }
        return List.copyOf(suppliers);
    }

    private ServiceCase.Opening opening(String dealerId, OpenRequest request, List<OrderedLine> lines, String productSku,
            List<String> suppliers, String carrierId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        WarrantyDecision decision = lines.isEmpty() ? null
                : warranty.decide(lines, catalog.productLinesOf(lines.stream().map(OrderedLine::sku).toList()), today);
        return new ServiceCase.Opening(dealerId, request.type(), request.priority(), request.subject(), request.description(),
                lines.stream().map(ServiceCases::linked).toList(), productSku, request.shipmentId(), request.endCustomer(),
                suppliers.isEmpty() ? null : suppliers.getFirst(), carrierId, decision, partners.homeCountryOf(dealerId).orElse(null));
    }

    /** Stores a new case; when a concurrent retry with the same key stored it first, the answer is that one. */
    private ServiceCase insert(ServiceCase opened, Supplier<ServiceCase> replay) {
        try {
            return mongo.insert(opened);
        } catch (DuplicateKeyException replayed) {
            return replay.get();
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private String dealerOf(Optional<String> ownDealer, String named, UserErrors errors) {
        if (ownDealer.isPresent()) {
            if (named != null && !named.equals(ownDealer.get())) {
                errors.add("input.dealerId", UserErrorCode.NOT_FOUND, "dealer not found");
            }
            return ownDealer.get();
        }
        if (named == null) {
            errors.add("input.dealerId", UserErrorCode.REQUIRED, "name the dealer whose customer the case is for");
        } else if (!partners.isActive(named, PartnerType.DEALER)) {
            errors.add("input.dealerId", UserErrorCode.NOT_FOUND, "no active dealer " + named);
        }
        return named;
    }

    /** The named order lines: each must exist, be visible to the caller and belong to the case's dealer. */
    private List<OrderedLine> lines(Caller caller, String dealerId, List<LineRef> refs, UserErrors errors) {
        if (refs == null || refs.isEmpty()) {
            return List.of();
        }
        if (refs.size() > MAX_LINES) {
            errors.add("input.orderLines", UserErrorCode.TOO_MANY, "at most " + MAX_LINES + " lines");
            return List.of();
        }
        List<OrderedLine> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < refs.size(); i++) {
            LineRef ref = refs.get(i);
            String path = "input.orderLines." + i;
            if (ref.orderId() == null || ref.line() == null) {
                errors.add(path, UserErrorCode.REQUIRED, "name the order and the line");
                continue;
            }
            if (!seen.add(ref.orderId() + "#" + ref.line())) {
                errors.add(path, UserErrorCode.DUPLICATE, "the same line twice");
                continue;
            }
            Optional<OrderedLine> line = orderLines.find(caller, ref.orderId(), ref.line())
                    .filter(candidate -> candidate.dealerId().equals(dealerId));
            if (line.isEmpty()) {
                errors.add(path + ".orderId", UserErrorCode.NOT_FOUND, "no line " + ref.line() + " on an order of this dealer you may see");
            } else {
                found.add(line.get());
            }
        }
        return found;
    }

    private String productSku(String requested, List<OrderedLine> lines, UserErrors errors) {
        if (requested == null || requested.isBlank()) {
            return lines.isEmpty() ? null : lines.getFirst().sku();
        }
        String sku = requested.strip().toUpperCase(Locale.ROOT);
        if (catalog.suppliersOf(List.of(sku)).isEmpty()) {
            errors.add("input.productSku", UserErrorCode.NOT_FOUND, "unknown SKU " + sku);
        }
        return sku;
    }

    /**
     * The carrier that joins: the one of the named shipment (which must belong to a linked order), or for delivery
     * damage the only carrier of the linked orders; otherwise none (staff add one later).
     */
    private String carrier(Caller caller, OpenRequest request, List<OrderedLine> lines, UserErrors errors) {
        if (request.shipmentId() != null) {
            Optional<String> carrier = lines.stream().map(OrderedLine::orderId).distinct()
                    .map(orderId -> orderLines.carrierOf(caller, orderId, request.shipmentId())).flatMap(Optional::stream).findFirst();
            if (carrier.isEmpty()) {
                errors.add("input.shipmentId", UserErrorCode.NOT_FOUND, "no such shipment on the linked orders");
            }
            return carrier.orElse(null);
        }
        if (request.type() != ServiceCase.Type.DELIVERY_DAMAGE) {
            return null;
        }
        List<String> carriers = lines.stream().flatMap(line -> line.carrierIds().stream()).distinct().toList();
        return carriers.size() == 1 ? carriers.getFirst() : null;
    }

    private static ServiceCase.LinkedLine linked(OrderedLine line) {
        return new ServiceCase.LinkedLine(line.orderId(), line.line(), line.sku(), line.name(), line.quantity(), line.supplierId());
    }

    // ---- reading ------------------------------------------------------------------------------------------

    Window<ServiceCase> list(Caller caller, Filter filter, ScrollSubrange page) {
        Criteria criteria = policy.serviceCasesVisibleTo(caller).asCriteria();
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status());
        }
        if (filter.type() != null) {
            criteria = criteria.and("type").is(filter.type());
        }
        if (Boolean.TRUE.equals(filter.waitingOnMe())) {
            criteria = criteria.and("waitingOnPartnerId").is(caller.partnerId());
        }
        if (filter.waitingOn() != null) {
            criteria = criteria.and("waitingOn").is(filter.waitingOn());
        }
        if (filter.productSku() != null && !filter.productSku().isBlank()) {
            criteria = criteria.and("productSku").is(filter.productSku().strip().toUpperCase(Locale.ROOT));
        }
        return Pages.scroll(mongo, Query.query(criteria), NEWEST_FIRST, page, ServiceCase.class);
    }

    /** Counts per status and per party awaited, reading only those two fields of each case (staff: the board). */
    Counts counts(Caller caller) {
        policy.coordinateServiceCases(caller).enforce();
        Query query = Query.query(policy.serviceCasesVisibleTo(caller).asCriteria());
        query.fields().include("status", "waitingOn");
        Map<ServiceCase.Status, Integer> byStatus = new EnumMap<>(ServiceCase.Status.class);
        Map<ServiceCase.WaitingOn, Integer> byWaitingOn = new EnumMap<>(ServiceCase.WaitingOn.class);
        Arrays.stream(ServiceCase.Status.values()).forEach(status -> byStatus.put(status, 0));
        Arrays.stream(ServiceCase.WaitingOn.values()).forEach(on -> byWaitingOn.put(on, 0));
        try (var stream = mongo.stream(query, ServiceCase.class)) {
            stream.forEach(serviceCase -> {
                byStatus.merge(serviceCase.status(), 1, Integer::sum);
                if (serviceCase.status() == ServiceCase.Status.WAITING && serviceCase.waitingOn() != null) {
                    byWaitingOn.merge(serviceCase.waitingOn(), 1, Integer::sum);
                }
            });
        }
        return new Counts(byStatus, byWaitingOn);
    }

    /** Open and all cases per product among those the caller sees, the most open first (suppliers and staff). */
    List<ProductCount> products(Caller caller) {
        policy.readCasesByProduct(caller).enforce();
        Query query = Query.query(policy.serviceCasesVisibleTo(caller).asCriteria().and("productSku").ne(null));
        query.fields().include("status", "productSku");
        Map<String, int[]> byProduct = new HashMap<>();
        try (var stream = mongo.stream(query, ServiceCase.class)) {
            stream.forEach(serviceCase -> {
                int[] product = byProduct.computeIfAbsent(serviceCase.productSku(), sku -> new int[2]);
                product[0] += serviceCase.open() ? 1 : 0;
                product[1]++;
            });
        }
        return byProduct.entrySet().stream()
                .map(entry -> new ProductCount(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                .sorted(Comparator.comparingInt(ProductCount::open).reversed()
                        .thenComparing(Comparator.comparingInt(ProductCount::total).reversed()).thenComparing(ProductCount::sku))
                .toList();
    }

    Optional<ServiceCase> find(Caller caller, String id) {
        policy.serviceCasesVisibleTo(caller);
        return Optional.ofNullable(id == null ? null : mongo.findById(id, ServiceCase.class))
                .filter(serviceCase -> policy.mayRead(caller, io.canale.security.Scopes.SERVICE_READ, serviceCase.parties()));
    }

    private ServiceCase existing(Caller caller, String id) {
        return find(caller, id).orElseThrow(() -> new NotFoundException("service case"));
    }

    /** The case's SLA clocks now, by the targets and calendars configured now. */
    SlaClocks.Sla slaOf(ServiceCase serviceCase) {
        return SlaClocks.of(serviceCase.transitions(), calendars.of(serviceCase.calendarCountry()),
                sla.targetOf(serviceCase.type(), serviceCase.priority()), sla.warningShare(), clock.instant());
    }

    /** A case as stored, for the platform's own housekeeping: no caller, no policy. */
    Optional<ServiceCase> stored(String id) {
        return Optional.ofNullable(mongo.findById(id, ServiceCase.class));
    }

    Facts.ServiceCase facts(ServiceCase serviceCase) {
        return serviceCase.facts(properties.reopenWindow());
    }

    // ---- working on it ------------------------------------------------------------------------------------

    ServiceCase triage(Caller caller, String id, Integer expectedVersion, ServiceCase.Priority priority, boolean takeIt) {
        return change(caller, id, expectedVersion, c -> policy.triageCase(caller, facts(c)).enforce("input.id"),
                c -> c.triage(priority, takeIt ? caller.subject() : null, caller.actor(), clock.instant()));
    }

    ServiceCase startWork(Caller caller, String id, Integer expectedVersion) {
        return change(caller, id, expectedVersion, c -> policy.startCaseWork(caller, facts(c)).enforce("input.id"),
                c -> c.startWork(caller.actor(), clock.instant()));
    }

    ServiceCase waitOn(Caller caller, String id, Integer expectedVersion, ServiceCase.WaitingOn on, String reason) {
        return change(caller, id, expectedVersion, c -> policy.waitOnCase(caller, facts(c)).enforce("input.id"),
                c -> c.waitOn(on, reason, caller.actor(), clock.instant()));
    }

    ServiceCase resolve(Caller caller, String id, Integer expectedVersion, ServiceCase.Resolution resolution, String note) {
        return change(caller, id, expectedVersion, c -> policy.resolveCase(caller, facts(c)).enforce("input.id"),
                c -> c.resolve(resolution, note, caller.actor(), clock.instant()));
    }

    /** Closes the case, and sends the end customer the satisfaction survey (or leaves its link to the dealer). */
    ServiceCase close(Caller caller, String id, Integer expectedVersion) {
        Instant at = clock.instant();
        ServiceCase closed = change(caller, id, expectedVersion, c -> policy.closeCase(caller, facts(c)).enforce("input.id"), c -> {
            c.close(caller.actor(), at);
            surveys.issue(c, at);
        });
        return surveys.deliver(closed, at);
    }

    ServiceCase reopen(Caller caller, String id, Integer expectedVersion, String reason) {
        return change(caller, id, expectedVersion, c -> policy.reopenCase(caller, facts(c)).enforce("input.id"),
                c -> c.reopen(reason, caller.actor(), clock.instant()));
    }

    ServiceCase addParty(Caller caller, String id, Integer expectedVersion, String partnerId, String role) {
        return change(caller, id, expectedVersion, c -> policy.manageCaseParties(caller, facts(c)).enforce("input.id"), c -> {
            PartnerType type = ServiceCase.CARRIER.equals(role) ? PartnerType.CARRIER : PartnerType.SUPPLIER;
            if (partnerId == null || !partners.isActive(partnerId, type)) {
                throw new InvalidInputException("input.partnerId", UserErrorCode.NOT_FOUND,
                        "no active " + type.name().toLowerCase(Locale.ROOT) + " " + partnerId);
            }
            c.addParty(partnerId, role, caller.actor(), clock.instant());
        });
    }

    ServiceCase removeParty(Caller caller, String id, Integer expectedVersion, String partnerId) {
        return change(caller, id, expectedVersion, c -> policy.manageCaseParties(caller, facts(c)).enforce("input.id"),
                c -> c.removeParty(partnerId, caller.actor(), clock.instant()));
    }

    ServiceCase overrideWarranty(Caller caller, String id, Integer expectedVersion, WarrantyDecision.Verdict verdict, String reason) {
        return change(caller, id, expectedVersion, c -> policy.overrideWarranty(caller, facts(c)).enforce("input.id"),
                c -> c.overrideWarranty(verdict, reason, caller.actor(), clock.instant()));
    }

    // ---- the thread ---------------------------------------------------------------------------------------

    /** A new comment and the case it was added to (the case may have resumed: the awaited party answered). */
    record Commented(ServiceCase serviceCase, CaseComment comment) {
    }

    Commented comment(Caller caller, String id, CaseComment.Visibility visibility, String addressedTo, String body) {
        String commentId = Ids.next("cmt");
        ServiceCase changed = change(caller, id, null, c -> {
            policy.commentOnCase(caller, facts(c)).enforce("input.id");
            policy.chooseCommentVisibility(caller, visibility == null ? null : visibility.name()).enforce("input.visibility");
        }, c -> c.comment(commentId, visibility, addressedTo, body, caller.actor(), clock.instant()));
        return new Commented(changed, changed.comment(commentId).orElseThrow());
    }

    Commented editComment(Caller caller, String id, String commentId, String body) {
        ServiceCase changed = change(caller, id, null, c -> policy.editComment(caller, facts(c), commentOf(c, commentId).facts())
                .enforce("input.commentId"), c -> c.editComment(commentId, body, caller.actor(), clock.instant()));
        return new Commented(changed, changed.comment(commentId).orElseThrow());
    }

    Commented deleteComment(Caller caller, String id, String commentId) {
        ServiceCase changed = change(caller, id, null, c -> policy.deleteComment(caller, facts(c), commentOf(c, commentId).facts())
                .enforce("input.commentId"), c -> c.deleteComment(commentId, caller.actor(), clock.instant()));
        return new Commented(changed, changed.comment(commentId).orElseThrow());
    }

    /** Records a stored file on its comment, decided again on the case as saved (the author, room left). */
    ServiceCase attach(Caller caller, String id, String commentId, CaseAttachment attachment) {
        return change(caller, id, null, c -> policy.attachToComment(caller, facts(c), commentOf(c, commentId).facts()).enforce("commentId"),
                c -> c.attach(commentId, attachment, properties.attachments(), caller.actor(), clock.instant()));
    }

    private static CaseComment commentOf(ServiceCase serviceCase, String commentId) {
        return serviceCase.comment(commentId)
                .orElseThrow(() -> new InvalidInputException("input.commentId", UserErrorCode.NOT_FOUND, "comment not found"));
    }

    /**
     * Loads a case the caller may see, lets the policy decide, checks the version seen (when given) and saves the
     * change with the case's own version, so a concurrent change is refused rather than overwritten.
     */
    ServiceCase change(Caller caller, String id, Integer expectedVersion, Consumer<ServiceCase> decide,
            Consumer<ServiceCase> change) {
        for (int attempt = 1; ; attempt++) {
            ServiceCase serviceCase = existing(caller, id);
            decide.accept(serviceCase);
            if (expectedVersion != null) {
                Versions.expect(expectedVersion, serviceCase.version());
            }
            change.accept(serviceCase);
            try {
                return mongo.save(serviceCase);
            } catch (OptimisticLockingFailureException concurrent) {
                // Comments name no version: two people writing at once both get theirs in, decided again on the fresh case.
                if (expectedVersion != null || attempt == 3) {
                    throw concurrent;
                }
            }
        }
    }

    Instant now() {
        return clock.instant();
    }
}
