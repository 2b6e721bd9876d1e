package io.canale.order;

import io.canale.security.Facts;
import io.canale.shared.Actor;
import io.canale.shared.Audit;
import io.canale.shared.InvalidInputException;
import io.canale.shared.Party;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A dealer's order before submission: lines and delivery details saved while the dealer works on them, with
 * only the checks that do not depend on the catalog. Submission turns it into one order per supplier; until
 * then no supplier sees it. SUBMITTING marks a submission under way, so a retry after a crash completes it.
 */
@Document("order_drafts")
// Indexes are checked against every query the tests send (IndexCoverageIT); connections end in '_id': 1 (see Pages.scroll).
@CompoundIndex(name = "newest", def = "{'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "party_newest", def = "{'parties.partnerId': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "live_newest", def = "{'deletedAt': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "dealer_open_newest", def = "{'dealerId': 1, 'status': 1, 'createdAt': -1}")
class OrderDraft {

    enum Status { OPEN, SUBMITTING, SUBMITTED }

    record Line(String sku, Integer quantity) {
    }

    @Id
    private String id;
    private String dealerId;
    private Status status;
    private List<Line> lines;
    private String requestedDate;
    private OrderParties.DeliveryAddress deliveryAddress;
    private OrderParties.EndCustomer endCustomer;
    private String groupId;
    private List<Party> parties;
    private Instant createdAt;
    private Audit audit;
    /** When it was deleted: such a draft is gone for readers and removed once the change feed has it. */
    private Instant deletedAt;
    @Version
    private Long version;

    static OrderDraft start(String id, String dealerId, Actor by, Instant at) {
        OrderDraft draft = new OrderDraft();
        draft.id = id;
        draft.dealerId = dealerId;
        draft.status = Status.OPEN;
        draft.lines = List.of();
        draft.parties = List.of(new Party(dealerId, "DEALER"));
        draft.createdAt = at;
        draft.audit = Audit.createdBy(by, at);
        return draft;
    }

    /** Replaces the draft's content; refuses what could never be submitted (bad shapes, repeats, limits). */
    void edit(List<Line> newLines, String newRequestedDate, OrderParties.DeliveryAddress address,
            OrderParties.EndCustomer customer, Actor by, Instant at) {
        requireOpen();
        List<Line> given = newLines == null ? List.of() : newLines;
        UserErrors errors = new UserErrors();
        if (given.size() > Orders.MAX_LINES) {
            errors.add("input.lines", UserErrorCode.TOO_MANY, "at most " + Orders.MAX_LINES + " lines");
        }
        Set<String> seen = new HashSet<>();
        List<Line> normalised = given.stream().map(line -> new Line(normalise(line.sku()), line.quantity())).toList();
        for (int i = 0; i < normalised.size() && i < Orders.MAX_LINES; i++) {
            Line line = normalised.get(i);
            String path = "input.lines." + i;
            if (line.sku().isEmpty()) {
                errors.add(path + ".sku", UserErrorCode.REQUIRED, "must be given");
            } else if (line.sku().length() > 40) {
                errors.add(path + ".sku", UserErrorCode.TOO_LONG, "at most 40 characters");
            } else if (!seen.add(line.sku())) {
                errors.add(path + ".sku", UserErrorCode.DUPLICATE, "SKU " + line.sku() + " is on another line");
            }
            if (line.quantity() == null || line.quantity() < 1 || line.quantity() > Orders.MAX_QUANTITY) {
                errors.add(path + ".quantity", UserErrorCode.INVALID, "between 1 and " + Orders.MAX_QUANTITY);
            }
        }
        if (newRequestedDate != null) {
            Order.checkDate(newRequestedDate, "input.requestedDate", errors);
        }
        if (address != null) {
            errors.maxLength("input.deliveryAddress.recipient", address.recipient(), 120)
                    .maxLength("input.deliveryAddress.street", address.street(), 200)
                    .maxLength("input.deliveryAddress.postalCode", address.postalCode(), 16)
                    .maxLength("input.deliveryAddress.city", address.city(), 80);
        }
        if (customer != null) {
            errors.maxLength("input.endCustomer.name", customer.name(), 120)
                    .email("input.endCustomer.email", customer.email())
                    .phone("input.endCustomer.phone", customer.phone());
        }
        errors.throwIfAny();
        lines = List.copyOf(normalised);
        requestedDate = newRequestedDate;
        deliveryAddress = address;
        endCustomer = customer;
        audit = audit.changedBy(by, at);
    }

    /** Claims the draft for submission; a draft already being submitted may be claimed again (a retry). */
    void beginSubmission(Actor by, Instant at) {
        requireNotSubmitted();
        status = Status.SUBMITTING;
        audit = audit.changedBy(by, at);
    }

    /** Back to editing, after the submission was refused for the draft's content. */
    void submissionRefused() {
        status = Status.OPEN;
    }

    void submitted(String submittedGroupId, Actor by, Instant at) {
        status = Status.SUBMITTED;
        groupId = submittedGroupId;
        audit = audit.changedBy(by, at);
    }

    private void requireNotSubmitted() {
        if (status == Status.SUBMITTED) {
            throw new InvalidInputException("input.id", UserErrorCode.ILLEGAL_STATE, "the draft was already submitted");
        }
    }

    /** What the access policy weighs about this draft. */
    Facts.OrderDraft facts() {
        return new Facts.OrderDraft(dealerId, parties, status == Status.OPEN, status == Status.SUBMITTED);
    }

    /**
     * Deleting an open draft marks it; the store removes it once the change feed has recorded the deletion (a
     * marked draft is not found meanwhile).
     */
    void delete(Actor by, Instant at) {
        requireOpen();
        deletedAt = at;
        audit = audit.changedBy(by, at);
    }

    boolean deleted() {
        return deletedAt != null;
    }

    void requireOpen() {
        if (status != Status.OPEN) {
            throw new InvalidInputException("input.id", UserErrorCode.ILLEGAL_STATE,
                    status == Status.SUBMITTED ? "the draft was already submitted" : "the draft is being submitted");
        }
    }

    private static String normalise(String sku) {
        return sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
    }

    public String id() { return id; }
    public String dealerId() { return dealerId; }
    public Status status() { return status; }
    public List<Line> lines() { return lines; }
    public String requestedDate() { return requestedDate; }
    public OrderParties.DeliveryAddress deliveryAddress() { return deliveryAddress; }
    public OrderParties.EndCustomer endCustomer() { return endCustomer; }
    public String groupId() { return groupId; }
    public List<Party> parties() { return parties; }
    public Instant createdAt() { return createdAt; }
    public Audit audit() { return audit; }
    public Long version() { return version; }
}
