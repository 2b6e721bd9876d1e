package io.canale.servicecase;

import io.canale.security.Facts;
import io.canale.shared.Actor;
import io.canale.shared.Audit;
import io.canale.shared.InvalidInputException;
import io.canale.shared.Party;
import io.canale.shared.TimelineEntry;
import io.canale.shared.TimelineRecord;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * After-sale service on goods a dealer sold: a complaint, warranty claim, return or delivery damage, worked by the
 * dealer, the responsible supplier, a carrier where transport is at fault, and staff who coordinate. One document:
 * the thread, the status history the SLA clocks are computed from, and the timeline change with the case in one
 * atomic write. The case refuses illegal transitions itself; who may make them is the access policy's decision.
 */
@Document("service_cases")
// Indexes are checked against every query the tests send (IndexCoverageIT); connections end in '_id': 1 (see Pages.scroll).
@CompoundIndex(name = "newest", def = "{'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "party_newest", def = "{'parties.partnerId': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "waiting_on_newest", def = "{'waitingOnPartnerId': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "by_survey_token", def = "{'survey.tokenHash': 1}")
@CompoundIndex(name = "by_survey_answer", def = "{'survey.answeredAt': -1}")
@CompoundIndex(name = "by_party_survey_answer", def = "{'parties.partnerId': 1, 'survey.answeredAt': -1}")
@CompoundIndex(name = "status_newest", def = "{'status': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "product_newest", def = "{'productSku': 1, 'createdAt': -1, '_id': 1}")
// Refunds inspected in a period, for the incentive check (RefundedReturns.between).
@CompoundIndex(name = "inspected_at", def = "{'returnAuthorization.inspections.at': 1}")
class ServiceCase implements TimelineRecord {

    enum Type { COMPLAINT, WARRANTY_CLAIM, RETURN, DELIVERY_DAMAGE }

    enum Priority { LOW, NORMAL, HIGH, URGENT }

    enum Status { NEW, TRIAGED, IN_PROGRESS, WAITING, RESOLVED, CLOSED }

    /** Whom a waiting case waits on. The end customer is reached through the dealer, so the dealer relays the answer. */
    enum WaitingOn { DEALER, SUPPLIER, CARRIER, END_CUSTOMER }

    enum Resolution { REPAIR, REPLACE, REFUND, CREDIT, REJECTED }

    /** The roles partners take part in a case in. */
    static final String DEALER = "DEALER";
    static final String SUPPLIER = "SUPPLIER";
    static final String CARRIER = "CARRIER";

    /** Comments one case keeps at most, so its document stays far below the store's size limit (README). */
    static final int MAX_COMMENTS = 1_000;
    static final int MAX_PARTIES = 10;

    /** An order line the case is about, as it was when the case was opened. */
    record LinkedLine(String orderId, int line, String sku, String name, int quantity, String supplierId) {
    }

    /** The dealer's customer: personal data, shown to the dealer and staff only. */
    record EndCustomer(String name, String email, String phone) {
    }

    /** A change of status, kept apart from the timeline so that SLA clocks can be computed from it. */
    record Transition(Instant at, Status status, WaitingOn waitingOn, String by) {
    }

    @Id
    private String id;
    private String dealerId;
    private Type type;
    private Priority priority;
    private Status status;
    private String subject;
    private String description;
    private List<LinkedLine> lines = new ArrayList<>();
    private String productSku;
    private String shipmentId;
    private EndCustomer endCustomer;
    private List<Party> parties = new ArrayList<>();
    private String coordinator;
    private WaitingOn waitingOn;
    private String waitingOnPartnerId;
    private String waitingReason;
    private Resolution resolution;
    private String resolutionNote;
    private Instant resolvedAt;
    private WarrantyDecision warranty;
    /** The return authorised on the case (RMA), if any. */
    private ReturnAuthorization returnAuthorization;
    /** The country whose business calendar the SLA clocks count in: the dealer's, when the case was opened. */
    private String calendarCountry;
    /** SLA levels already escalated to staff, e.g. {@code RESOLUTION:WARNING}: each is escalated once. */
    private List<String> escalations = new ArrayList<>();
    private List<CaseComment> comments = new ArrayList<>();
    private List<Transition> transitions = new ArrayList<>();
    private List<TimelineEntry> timeline = new ArrayList<>();
    /** The satisfaction survey of the last closure, if any. */
    private CaseSurvey survey;
    private Instant createdAt;
    private Audit audit;
    @Version
    private Long version;

    protected ServiceCase() {
    }

    /** What opening a case needs, checked by {@link ServiceCases} before the case exists. */
    record Opening(String dealerId, Type type, Priority priority, String subject, String description, List<LinkedLine> lines,
            String productSku, String shipmentId, EndCustomer endCustomer, String supplierId, String carrierId,
            WarrantyDecision warranty, String calendarCountry) {
    }

    static ServiceCase open(String id, Opening opening, Actor by, Instant at) {
        ServiceCase serviceCase = new ServiceCase();
        serviceCase.id = id;
        serviceCase.dealerId = opening.dealerId();
        serviceCase.type = opening.type();
        serviceCase.priority = opening.priority() == null ? Priority.NORMAL : opening.priority();
        serviceCase.status = Status.NEW;
        serviceCase.subject = opening.subject().strip();
        serviceCase.description = opening.description() == null ? null : opening.description().strip();
        serviceCase.lines = new ArrayList<>(opening.lines());
        serviceCase.productSku = opening.productSku();
        serviceCase.shipmentId = opening.shipmentId();
        serviceCase.endCustomer = opening.endCustomer();
        serviceCase.warranty = opening.warranty();
        serviceCase.calendarCountry = opening.calendarCountry();
        serviceCase.parties.add(new Party(opening.dealerId(), DEALER));
        if (opening.supplierId() != null) {
            serviceCase.parties.add(new Party(opening.supplierId(), SUPPLIER));
        }
        if (opening.carrierId() != null) {
            serviceCase.parties.add(new Party(opening.carrierId(), CARRIER));
        }
        serviceCase.createdAt = at;
        serviceCase.audit = Audit.createdBy(by, at);
        serviceCase.transitions.add(new Transition(at, Status.NEW, null, by.subject()));
        serviceCase.timeline.add(TimelineEntry.shared(at, by, "CASE_OPENED", opening.type().name().toLowerCase(Locale.ROOT)
                .replace('_', ' ') + " opened", opening.type().name()));
        if (opening.warranty() != null) {
            serviceCase.timeline.add(TimelineEntry.shared(at, Actor.SYSTEM, "CASE_WARRANTY_" + opening.warranty().verdict().name(),
                    "Warranty: " + opening.warranty().verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
        return serviceCase;
    }

    /** The platform actor of cases the end customer sends through the dealer's website form. */
    static final Actor WEB_FORM = Actor.platform("web-form");

    /** A case the end customer sent through the public form: opened by the platform, saying so on the timeline. */
    static ServiceCase openFromWebForm(String id, Opening opening, Instant at) {
        ServiceCase serviceCase = open(id, opening, WEB_FORM, at);
        serviceCase.timeline.add(TimelineEntry.shared(at, WEB_FORM, "CASE_FROM_WEB_FORM",
                "Sent by the end customer through the website form"));
        return serviceCase;
    }

    // ---- lifecycle ----------------------------------------------------------------------------------------

    /** Staff look at a new case: its priority is set (or confirmed) and a coordinator may take it. */
    void triage(Priority newPriority, String newCoordinator, Actor by, Instant at) {
        require(status == Status.NEW, "only a new case is triaged");
        if (newPriority != null) {
            priority = newPriority;
        }
        coordinator = newCoordinator == null ? coordinator : newCoordinator;
        move(Status.TRIAGED, null, by, at);
        timeline.add(TimelineEntry.shared(at, by, "CASE_TRIAGED", "Triaged, priority " + priority.name().toLowerCase(Locale.ROOT),
                priority.name()));
    }

    /** Work starts, or resumes after waiting. */
    void startWork(Actor by, Instant at) {
        require(status == Status.TRIAGED || status == Status.WAITING, "work starts on a triaged or waiting case");
        boolean resumed = status == Status.WAITING;
        move(Status.IN_PROGRESS, null, by, at);
        timeline.add(TimelineEntry.shared(at, by, resumed ? "CASE_RESUMED" : "CASE_IN_PROGRESS", resumed ? "Work resumed" : "Work started"));
    }

    /** The case waits on one party, for a reason everybody sees; resolution time pauses. */
    void waitOn(WaitingOn on, String reason, Actor by, Instant at) {
        require(status == Status.IN_PROGRESS, "only a case in progress can wait");
        UserErrors errors = new UserErrors();
        if (on == null) {
            errors.add("input.waitingOn", UserErrorCode.REQUIRED, "say whom the case waits on");
        }
        errors.requireText("input.reason", reason, 500);
        errors.throwIfAny();
        String partnerId = partnerAwaited(on);
        if (partnerId == null && on != WaitingOn.END_CUSTOMER) {
            throw new InvalidInputException("input.waitingOn", UserErrorCode.INVALID,
                    "the case has no " + on.name().toLowerCase(Locale.ROOT) + "; add the party first");
        }
        waitingReason = reason.strip();
        move(Status.WAITING, on, by, at);
        timeline.add(TimelineEntry.shared(at, by, "CASE_WAITING_ON_" + on.name(), "Waiting on the " + on.name().toLowerCase(Locale.ROOT)
                .replace('_', ' ') + ": " + waitingReason, waitingReason));
    }

    void resolve(Resolution how, String note, Actor by, Instant at) {
        require(status == Status.IN_PROGRESS || status == Status.WAITING, "only a case being worked on is resolved");
        UserErrors errors = new UserErrors();
        if (how == null) {
            errors.add("input.resolution", UserErrorCode.REQUIRED, "say how the case was resolved");
        }
        if (how == Resolution.REJECTED) {
            errors.requireText("input.note", note, 2_000);
        } else {
            errors.maxLength("input.note", note, 2_000);
        }
        errors.throwIfAny();
        resolution = how;
        resolutionNote = note == null || note.isBlank() ? null : note.strip();
        resolvedAt = at;
        move(Status.RESOLVED, null, by, at);
        timeline.add(TimelineEntry.shared(at, by, "CASE_RESOLVED_" + how.name(), "Resolved: " + how.name().toLowerCase(Locale.ROOT)
                + (resolutionNote == null ? "" : " (" + resolutionNote + ")"), resolutionNote == null ? "" : resolutionNote));
    }

    void close(Actor by, Instant at) {
        require(status == Status.RESOLVED, "only a resolved case is closed");
        move(Status.CLOSED, null, by, at);
        timeline.add(TimelineEntry.shared(at, by, "CASE_CLOSED", "Closed"));
    }

    /** A resolved or closed case comes back, within the window after its resolution (checked by the access policy). */
    void reopen(String reason, Actor by, Instant at) {
        require(status == Status.RESOLVED || status == Status.CLOSED, "only a resolved or closed case is reopened");
        new UserErrors().requireText("input.reason", reason, 500).throwIfAny();
        resolution = null;
        resolutionNote = null;
        move(Status.IN_PROGRESS, null, by, at);
        timeline.add(TimelineEntry.shared(at, by, "CASE_REOPENED", "Reopened: " + reason.strip(), reason.strip()));
    }

    private void move(Status to, WaitingOn on, Actor by, Instant at) {
        status = to;
        waitingOn = on;
        waitingOnPartnerId = on == null ? null : partnerAwaited(on);
        if (on == null) {
            waitingReason = null;
        }
        transitions.add(new Transition(at, to, on, by.subject()));
        audit = audit.changedBy(by, at);
    }

    private static void require(boolean legal, String message) {
        if (!legal) {
            throw new InvalidInputException("input.id", UserErrorCode.ILLEGAL_STATE, message);
        }
    }

    // ---- parties ------------------------------------------------------------------------------------------

    /** Staff add a supplier or carrier (a case has exactly one dealer, the one it was opened for). */
    void addParty(String partnerId, String role, Actor by, Instant at) {
        if (!SUPPLIER.equals(role) && !CARRIER.equals(role)) {
            throw new InvalidInputException("input.role", UserErrorCode.INVALID, "a supplier or a carrier joins a case");
        }
        if (parties.stream().anyMatch(party -> party.partnerId().equals(partnerId))) {
            throw new InvalidInputException("input.partnerId", UserErrorCode.DUPLICATE, "already a party of this case");
        }
        if (parties.size() >= MAX_PARTIES) {
            throw new InvalidInputException("input.partnerId", UserErrorCode.TOO_MANY, "at most " + MAX_PARTIES + " parties");
        }
        parties.add(new Party(partnerId, role));
        audit = audit.changedBy(by, at);
        timeline.add(TimelineEntry.staffOnly(at, by, "CASE_PARTY_ADDED", role.toLowerCase(Locale.ROOT) + " " + partnerId + " joined",
                role, partnerId));
    }

    /** Staff remove a supplier or carrier; the dealer stays, and so does a party the case is waiting on. */
    void removeParty(String partnerId, Actor by, Instant at) {
        Party party = parties.stream().filter(p -> p.partnerId().equals(partnerId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("input.partnerId", UserErrorCode.NOT_FOUND, "not a party of this case"));
        if (DEALER.equals(party.role())) {
            throw new InvalidInputException("input.partnerId", UserErrorCode.NOT_ALLOWED, "the dealer always takes part in its case");
        }
        if (partnerId.equals(waitingOnPartnerId)) {
            throw new InvalidInputException("input.partnerId", UserErrorCode.ILLEGAL_STATE, "the case is waiting on this party");
        }
        parties.remove(party);
        audit = audit.changedBy(by, at);
        timeline.add(TimelineEntry.staffOnly(at, by, "CASE_PARTY_REMOVED", party.role().toLowerCase(Locale.ROOT) + " " + partnerId
                + " left", party.role(), partnerId));
    }

    private String partnerAwaited(WaitingOn on) {
        if (on == null) {
            return null;
        }
        return switch (on) {
            case DEALER, END_CUSTOMER -> dealerId;
            case SUPPLIER -> partyIn(SUPPLIER);
            case CARRIER -> partyIn(CARRIER);
        };
    }

    private String partyIn(String role) {
        return parties.stream().filter(party -> party.role().equals(role)).map(Party::partnerId).findFirst().orElse(null);
    }

    // ---- warranty -----------------------------------------------------------------------------------------

    void overrideWarranty(WarrantyDecision.Verdict verdict, String reason, Actor by, Instant at) {
        UserErrors errors = new UserErrors();
        if (verdict == null) {
            errors.add("input.verdict", UserErrorCode.REQUIRED, "say whether the claim is covered");
        }
        errors.requireText("input.reason", reason, 500);
        errors.throwIfAny();
        warranty = (warranty == null ? WarrantyDecision.undetermined() : warranty).overridden(verdict, reason.strip(), by.subject(), at);
        audit = audit.changedBy(by, at);
        timeline.add(TimelineEntry.shared(at, by, "CASE_WARRANTY_OVERRIDDEN", "Warranty set to "
                + verdict.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + reason.strip(), verdict.name(), reason.strip()));
    }

    // ---- returns (RMA) ------------------------------------------------------------------------------------

    /** Goods go back for returns and warranty claims. */
    boolean returnType() {
        return type == Type.RETURN || type == Type.WARRANTY_CLAIM;
    }

    /**
     * Checks the lines staff want to authorise, before a number is drawn: each linked to the case, once, 1 to the
     * ordered quantity. Answers them as they will be stored.
     */
    List<ReturnAuthorization.Line> returnLines(List<ReturnAuthorization.Requested> requested) {
        require(returnType() && open(), "a return is authorised on an open return or warranty case");
        require(returnAuthorization == null, "a return was already authorised: " + (returnAuthorization == null ? "" : returnAuthorization.number()));
        UserErrors errors = new UserErrors();
        if (requested == null || requested.isEmpty()) {
            errors.add("input.lines", UserErrorCode.REQUIRED, "authorise at least one line");
            errors.throwIfAny();
        }
        if (requested.size() > lines.size()) {
            errors.add("input.lines", UserErrorCode.TOO_MANY, "the case links " + lines.size() + " line(s)");
            errors.throwIfAny();
        }
        List<ReturnAuthorization.Line> authorised = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            ReturnAuthorization.Requested line = requested.get(i);
            String path = "input.lines." + i;
            LinkedLine linked = line.orderId() == null || line.line() == null ? null : lines.stream()
                    .filter(l -> l.orderId().equals(line.orderId()) && l.line() == line.line()).findFirst().orElse(null);
            if (linked == null) {
                errors.add(path + ".line", UserErrorCode.NOT_FOUND, "not an order line linked to this case");
            } else if (authorised.stream().anyMatch(l -> l.orderId().equals(linked.orderId()) && l.line() == linked.line())) {
                errors.add(path + ".line", UserErrorCode.DUPLICATE, "the same line twice");
            } else if (line.quantity() == null || line.quantity() < 1 || line.quantity() > linked.quantity()) {
                errors.add(path + ".quantity", UserErrorCode.INVALID, "between 1 and " + linked.quantity() + " (ordered)");
            } else {
                authorised.add(new ReturnAuthorization.Line(linked.orderId(), linked.line(), linked.sku(), linked.supplierId(), line.quantity()));
            }
        }
        errors.throwIfAny();
        return authorised;
    }

    void authorizeReturn(String number, List<ReturnAuthorization.Line> authorised, Actor by, Instant at) {
        returnAuthorization = new ReturnAuthorization(number, at, authorised, List.of(), List.of());
        audit = audit.changedBy(by, at);
        timeline.add(TimelineEntry.shared(at, by, "CASE_RETURN_AUTHORIZED", "Return authorised: " + number + ", "
                + authorised.size() + " line(s)", number, String.valueOf(authorised.size())));
    }

    /** The orders whose goods were authorised to go back. */
    boolean returnsGoodsOf(String orderId) {
        return returnAuthorization != null && returnAuthorization.lines().stream().anyMatch(line -> line.orderId().equals(orderId));
    }

    /** Goods of one order travel back with a carrier, who joins the case (it records the shipment's events). */
    void recordReturnShipment(String orderId, String shipmentId, String carrierId, Actor by, Instant at) {
        if (returnAuthorization.shipments().stream().anyMatch(shipment -> shipment.shipmentId().equals(shipmentId))) {
            return; // a retry of a hand-over the case already knows
        }
        returnAuthorization = returnAuthorization.withShipment(new ReturnAuthorization.ShipmentRef(orderId, shipmentId, carrierId));
        if (parties.stream().noneMatch(party -> party.partnerId().equals(carrierId))) {
            parties.add(new Party(carrierId, CARRIER));
        }
        audit = audit.changedBy(by, at);
        timeline.add(TimelineEntry.shared(at, by, "CASE_RETURN_SHIPPED", "Return " + returnAuthorization.number()
                + " handed to a carrier", returnAuthorization.number()));
    }

    /**
     * The supplier records receipt and inspection of returned lines, each once. A line is inspected only once the
     * return shipment of its order was delivered ({@code arrivedOrders}); goods handed over in person are sent as a
     * return shipment too, so every return has a delivery on record. Answers the new inspections.
     */
    List<ReturnAuthorization.Inspection> inspectReturn(List<ReturnAuthorization.Inspected> inspected, java.util.Set<String> arrivedOrders,
            Actor by, Instant at) {
        require(returnAuthorization != null && open(), "no return awaits inspection on this case");
        UserErrors errors = new UserErrors();
        if (inspected == null || inspected.isEmpty()) {
            errors.add("input.lines", UserErrorCode.REQUIRED, "inspect at least one line");
            errors.throwIfAny();
        }
        if (inspected.size() > returnAuthorization.lines().size()) {
            errors.add("input.lines", UserErrorCode.TOO_MANY, returnAuthorization.number() + " has " + returnAuthorization.lines().size()
                    + " line(s)");
            errors.throwIfAny();
        }
        List<ReturnAuthorization.Inspection> done = new ArrayList<>();
        for (int i = 0; i < inspected.size(); i++) {
            ReturnAuthorization.Inspected line = inspected.get(i);
            String path = "input.lines." + i;
            ReturnAuthorization.Line authorised = line.orderId() == null || line.line() == null ? null
                    : returnAuthorization.line(line.orderId(), line.line()).orElse(null);
            if (authorised == null) {
                errors.add(path + ".line", UserErrorCode.NOT_FOUND, "not a line of " + returnAuthorization.number());
                continue;
            }
            if (returnAuthorization.inspected(line.orderId(), line.line())
                    || done.stream().anyMatch(d -> d.orderId().equals(line.orderId()) && d.line() == line.line())) {
                errors.add(path + ".line", UserErrorCode.DUPLICATE, "this line was already inspected");
                continue;
            }
            if (!arrivedOrders.contains(line.orderId())) {
                errors.add(path + ".line", UserErrorCode.ILLEGAL_STATE, "the return of this line has not been delivered yet");
                continue;
            }
            if (line.condition() == null) {
                errors.add(path + ".condition", UserErrorCode.REQUIRED, "say in what state the goods arrived");
            }
            if (line.outcome() == null) {
                errors.add(path + ".outcome", UserErrorCode.REQUIRED, "refund, replace, repair or reject");
            }
            int received = line.receivedQuantity() == null ? -1 : line.receivedQuantity();
            int least = line.outcome() == null || line.outcome() == ReturnAuthorization.Outcome.REJECT ? 0 : 1;
            if (received < least || received > authorised.quantity()) {
                errors.add(path + ".receivedQuantity", UserErrorCode.INVALID, "between " + least + " and " + authorised.quantity()
                        + " (authorised)");
            }
            if (line.outcome() == ReturnAuthorization.Outcome.REJECT) {
                errors.requireText(path + ".reason", line.reason(), 500);
            } else {
                errors.maxLength(path + ".reason", line.reason(), 500);
            }
            done.add(new ReturnAuthorization.Inspection(line.orderId(), line.line(), received, line.condition(), line.outcome(),
                    line.reason() == null || line.reason().isBlank() ? null : line.reason().strip(), at, by.subject(), null));
        }
        errors.throwIfAny();
        List<ReturnAuthorization.Inspection> all = new ArrayList<>(returnAuthorization.inspections());
        all.addAll(done);
        returnAuthorization = returnAuthorization.withInspections(all);
        audit = audit.changedBy(by, at);
        for (ReturnAuthorization.Inspection inspection : done) {
            timeline.add(TimelineEntry.shared(at, by, "CASE_RETURN_" + inspection.outcome().name(), "Line " + inspection.line() + " of "
                    + inspection.orderId() + ": " + inspection.outcome().name().toLowerCase(Locale.ROOT)
                    + (inspection.reason() == null ? "" : " (" + inspection.reason() + ")"),
                    String.valueOf(inspection.line()), inspection.reason() == null ? "" : inspection.reason()));
        }
        if (!returnAuthorization.awaitingInspection()) {
            timeline.add(TimelineEntry.shared(at, by, "CASE_RETURN_INSPECTED", "Every returned line inspected", returnAuthorization.number()));
        }
        return done;
    }

    /** Links the replacement order placed for these inspected lines of one order. */
    void replacedBy(String orderId, List<Integer> lineNumbers, String replacementOrderId) {
        returnAuthorization = returnAuthorization.withInspections(returnAuthorization.inspections().stream()
                .map(i -> i.orderId().equals(orderId) && lineNumbers.contains(i.line()) ? i.replacedBy(replacementOrderId) : i).toList());
    }

    Facts.CaseReturn returnFacts() {
        ReturnAuthorization rma = returnAuthorization;
        return new Facts.CaseReturn(returnType(), rma != null, rma != null && rma.awaitingInspection(),
                rma == null ? List.of() : rma.shipments().stream().map(ReturnAuthorization.ShipmentRef::carrierId).distinct().toList());
    }

    // ---- the thread ---------------------------------------------------------------------------------------

    /**
     * Adds a comment. A comment everybody the case waits on can read, written by that party, means the answer came:
     * the case resumes.
     */
    CaseComment comment(String commentId, CaseComment.Visibility visibility, String addressedTo, String body, Actor author, Instant at) {
        String authorPartnerId = author.partner() == null ? null : author.partner().id();
        if (comments.size() >= MAX_COMMENTS) {
            throw new InvalidInputException("input.id", UserErrorCode.TOO_MANY, "a case keeps at most " + MAX_COMMENTS + " comments");
        }
        if (visibility == CaseComment.Visibility.ADDRESSED && addressedTo != null
                && parties.stream().noneMatch(party -> party.partnerId().equals(addressedTo))) {
            throw new InvalidInputException("input.addressedTo", UserErrorCode.NOT_FOUND, "not a party of this case");
        }
        CaseComment comment = CaseComment.write(commentId, visibility, addressedTo, body, author.subject(), authorPartnerId, at);
        comments.add(comment);
        audit = audit.changedBy(author, at);
        if (status == Status.WAITING && waitingOnPartnerId != null && waitingOnPartnerId.equals(authorPartnerId) && comment.visibility() != CaseComment.Visibility.INTERNAL) {
            move(Status.IN_PROGRESS, null, author, at);
            timeline.add(TimelineEntry.shared(at, author, "CASE_ANSWERED", "The awaited answer came; work resumed"));
        }
        return comment;
    }

    CaseComment editComment(String commentId, String body, Actor by, Instant at) {
        int index = indexOf(commentId);
        CaseComment edited = comments.get(index).edited(body, at);
        comments.set(index, edited);
        audit = audit.changedBy(by, at);
        return edited;
    }

    CaseComment deleteComment(String commentId, Actor by, Instant at) {
        int index = indexOf(commentId);
        CaseComment deleted = comments.get(index).deleted(by.subject(), at);
        comments.set(index, deleted);
        audit = audit.changedBy(by, at);
        return deleted;
    }

    /** Adds a file to a comment, within the limits per comment and per case; the file was stored before. */
    CaseComment attach(String commentId, CaseAttachment attachment, ServiceProperties.Attachments limits, Actor by, Instant at) {
        int index = indexOf(commentId);
        if (attachmentCount() >= limits.maxPerCase()) {
            throw new InvalidInputException("file", UserErrorCode.TOO_MANY, "a case holds at most " + limits.maxPerCase() + " files");
        }
        CaseComment attached = comments.get(index).attached(attachment, limits.maxPerComment());
        comments.set(index, attached);
        audit = audit.changedBy(by, at);
        return attached;
    }

    int attachmentCount() {
        return comments.stream().mapToInt(comment -> comment.attachments().size()).sum();
    }

    /** The comment that holds the attachment {@code attachmentId}. */
    Optional<CaseComment> commentWithAttachment(String attachmentId) {
        return comments.stream().filter(comment -> comment.attachments().stream().anyMatch(file -> file.id().equals(attachmentId)))
                .findFirst();
    }

    Optional<CaseComment> comment(String commentId) {
        return comments.stream().filter(comment -> comment.id().equals(commentId)).findFirst();
    }

    private int indexOf(String commentId) {
        for (int i = 0; i < comments.size(); i++) {
            if (comments.get(i).id().equals(commentId)) {
                return i;
            }
        }
        throw new InvalidInputException("input.commentId", UserErrorCode.NOT_FOUND, "no such comment");
    }

    // ---- customer satisfaction ----------------------------------------------------------------------------

    /**
     * A survey goes out when the case is closed: the first time, or again after a reopening when the earlier one was
     * not answered (its link stops working: the hash is replaced). An answered survey stays the case's only one.
     */
    boolean needsSurvey() {
        return status == Status.CLOSED && (survey == null || !survey.answered());
    }

    void surveyIssued(CaseSurvey issued, Instant at) {
        survey = issued;
        timeline.add(TimelineEntry.shared(at, Actor.SYSTEM, issued.delivery() == CaseSurvey.Delivery.MAIL ? "CASE_SURVEY_MAILED"
                : "CASE_SURVEY_TO_FORWARD", issued.delivery() == CaseSurvey.Delivery.MAIL ? "Satisfaction survey mailed to the end customer"
                : "Satisfaction survey ready for the dealer to forward to the end customer"));
    }

    /** The end customer answered through the link: once, while the survey is open; false when it is not (any more). */
    boolean surveyAnswered(int score, String comment, Instant at) {
        if (survey == null || survey.answered() || survey.expired(at)) {
            return false;
        }
        Actor by = Actor.platform("web-form");
        survey = survey.answeredWith(score, comment, at);
        timeline.add(TimelineEntry.shared(at, by, "CASE_SURVEY_ANSWERED", "Customer satisfaction: " + score + "/5", String.valueOf(score)));
        audit = audit.changedBy(by, at);
        return true;
    }

    /** The survey mail could not be sent: the dealer forwards the link instead. */
    void surveyMailFailed(Instant at) {
        survey = survey.toForward();
        timeline.add(TimelineEntry.shared(at, Actor.SYSTEM, "CASE_SURVEY_MAIL_FAILED",
                "The survey mail could not be sent: the dealer forwards the link"));
        audit = audit.changedBy(Actor.SYSTEM, at);
    }

    /** The timeline without the survey's entries, for readers who may not see the survey. */
    List<TimelineEntry> timelineWithoutSurvey() {
        return timeline.stream().filter(entry -> !entry.event().startsWith(CaseSurvey.EVENT_PREFIX)).toList();
    }

    // ---- SLA escalation ------------------------------------------------------------------------------------

    /**
     * Records that a clock reached a level (WARNING, BREACHED) and tells staff on the timeline; false when that level
     * of that clock was escalated before.
     */
    boolean escalate(String clock, String level, Instant at) {
        String key = clock + ":" + level;
        if (escalations().contains(key)) {
            return false;
        }
        escalations = new ArrayList<>(escalations());
        escalations.add(key);
        timeline.add(TimelineEntry.staffOnly(at, Actor.SYSTEM, "CASE_SLA_" + clock + "_" + level,
                clock.toLowerCase(Locale.ROOT).replace('_', ' ') + " target " + (level.equals("BREACHED") ? "missed" : "nearly used up")));
        return true;
    }

    boolean open() {
        return status != Status.RESOLVED && status != Status.CLOSED;
    }

    // ---- what the policy weighs ---------------------------------------------------------------------------

    /** {@code reopenWindow}: how long after its resolution a case may be reopened (configuration). */
    Facts.ServiceCase facts(Duration reopenWindow) {
        Instant reopenableUntil = resolvedAt == null ? null : resolvedAt.plus(reopenWindow);
        return new Facts.ServiceCase(dealerId, List.copyOf(parties), status == Status.NEW,
                status == Status.TRIAGED || status == Status.WAITING, status == Status.IN_PROGRESS,
                status == Status.IN_PROGRESS || status == Status.WAITING, status == Status.RESOLVED,
                status == Status.RESOLVED || status == Status.CLOSED, reopenableUntil);
    }

    @Override public String id() { return id; }
    @Override public String recordType() { return "SERVICE_CASE"; }
    @Override public List<Party> parties() { return List.copyOf(parties); }
    @Override public List<TimelineEntry> timeline() { return List.copyOf(timeline); }
    String dealerId() { return dealerId; }
    public Type type() { return type; }
    public Priority priority() { return priority; }
    public Status status() { return status; }
    public String subject() { return subject; }
    public String description() { return description; }
    public List<LinkedLine> lines() { return List.copyOf(lines); }
    public String productSku() { return productSku; }
    public String shipmentId() { return shipmentId; }
    EndCustomer endCustomer() { return endCustomer; }
    String coordinator() { return coordinator; }
    public WaitingOn waitingOn() { return waitingOn; }
    public String waitingReason() { return waitingReason; }
    public Resolution resolution() { return resolution; }
    public String resolutionNote() { return resolutionNote; }
    public Instant resolvedAt() { return resolvedAt; }
    WarrantyDecision warranty() { return warranty; }
    ReturnAuthorization returnAuthorization() { return returnAuthorization; }
    String calendarCountry() { return calendarCountry; }
    List<String> escalations() { return escalations == null ? List.of() : List.copyOf(escalations); }
    List<CaseComment> comments() { return List.copyOf(comments); }
    List<Transition> transitions() { return List.copyOf(transitions); }
    CaseSurvey survey() { return survey; }
    public Instant createdAt() { return createdAt; }
    public Audit audit() { return audit; }
    public Long version() { return version; }
}
