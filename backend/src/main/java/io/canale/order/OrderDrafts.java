package io.canale.order;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.security.Decision;
import io.canale.security.Scopes;
import io.canale.shared.Ids;
import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.Pages;
import io.canale.shared.Versions;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Service;

/**
 * Order drafts of a dealer: saved, listed, deleted, and submitted through {@link Orders#submit} with the
 * draft's id as idempotency key, so the orders of a draft exist once however often its submission is retried.
 */
@Service
class OrderDrafts {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt", "id");

    private final MongoOperations mongo;
    private final Orders orders;
    private final AccessPolicy policy;
    private final Clock clock;

    OrderDrafts(MongoOperations mongo, Orders orders, AccessPolicy policy, Clock clock) {
        this.mongo = mongo;
        this.orders = orders;
        this.policy = policy;
        this.clock = clock;
    }

    /** Creates a draft (no id) or replaces the content of one still open (id and the version seen). */
    OrderDraft save(Caller caller, String id, Integer expectedVersion, List<OrderDraft.Line> lines, String requestedDate,
            OrderParties.DeliveryAddress address, OrderParties.EndCustomer endCustomer) {
        policy.submitOrders(caller).enforce();
        OrderDraft draft;
        if (id == null) {
            draft = OrderDraft.start(Ids.next("odr"), caller.partnerId(), caller.actor(), clock.instant());
        } else {
            draft = existing(caller, id);
            policy.editDraft(caller, draft.facts()).enforce("input.id");
            Versions.expect(expectedVersion, draft.version());
        }
        draft.edit(lines, requestedDate, address, endCustomer, caller.actor(), clock.instant());
        return mongo.save(draft);
    }

    /**
     * Checks the draft, claims it, submits it, and records the group. Refusals of its content carry the paths of
     * {@code SubmitOrderInput} (e.g. {@code input.lines.2.sku}). Submitting a submitted draft again returns its
     * orders, like a repeated idempotency key.
     */
    List<Order> submit(Caller caller, String id, Integer expectedVersion, Locale locale) {
        policy.submitOrders(caller).enforce();
        OrderDraft draft = existing(caller, id);
        Decision decision = policy.submitDraft(caller, draft.facts());
        if (draft.status() == OrderDraft.Status.SUBMITTED && decision.verdict() == Decision.Verdict.ILLEGAL_STATE) {
            return orders.group(caller, draft.groupId()); // a replay: the answer to the first submission may have been lost
        }
        decision.enforce("input.id");
        List<Orders.LineRequest> lines = draft.lines().stream().map(l -> new Orders.LineRequest(l.sku(), l.quantity())).toList();
        if (draft.status() != OrderDraft.Status.SUBMITTING) { // a retry of a cut-off submission skips to completing it
            Versions.expect(expectedVersion, draft.version());
            // Refused content leaves the draft untouched, version included.
            orders.validate(caller, lines, draft.requestedDate(), draft.deliveryAddress(), draft.endCustomer(), locale);
        }
        draft.beginSubmission(caller.actor(), clock.instant());
        draft = mongo.save(draft);
        List<Order> submitted;
        try {
            submitted = orders.submit(caller, lines, draft.requestedDate(), draft.deliveryAddress(), draft.endCustomer(),
                    "draft:" + draft.id(), locale);
        } catch (InvalidInputException refused) { // the catalog changed between the check and the submission
            draft.submissionRefused();
            mongo.save(draft);
            throw refused;
        }
        draft.submitted(submitted.getFirst().groupId(), caller.actor(), clock.instant());
        mongo.save(draft);
        return submitted;
    }

    /** A new draft with a past order's lines, and the lines it could not copy. */
    record Reordered(OrderDraft draft, List<Orders.NotReordered> notReordered) {
    }

    /**
     * Starts a new draft with the lines of a past order (same SKUs and quantities) and its delivery address; no
     * requested date and no end customer (a new order is for whoever the dealer says). Lines of products no longer
     * orderable are not copied but answered, with the reason; when none is left, nothing is created.
     */
    Reordered reorder(Caller caller, String orderId, Locale locale) {
        Order order = orders.existing(caller, orderId);
        policy.reorder(caller, order.facts()).enforce("input.orderId");
        Orders.Reorderable reorderable = orders.orderableToday(caller, order.lines(), locale);
        if (reorderable.orderable().isEmpty()) {
            throw new InvalidInputException("input.orderId", io.canale.shared.UserErrorCode.ILLEGAL_STATE,
                    "none of the order's products can be ordered any more");
        }
        OrderDraft draft = OrderDraft.start(Ids.next("odr"), caller.partnerId(), caller.actor(), clock.instant());
        draft.edit(reorderable.orderable().stream().map(line -> new OrderDraft.Line(line.sku(), line.quantity())).toList(), null,
                order.deliveryAddress(), null, caller.actor(), clock.instant());
        return new Reordered(mongo.insert(draft), reorderable.left());
    }

    String delete(Caller caller, String id, Integer expectedVersion) {
        policy.submitOrders(caller).enforce();
        OrderDraft draft = existing(caller, id);
        policy.deleteDraft(caller, draft.facts()).enforce("input.id");
        Versions.expect(expectedVersion, draft.version());
        draft.requireOpen();
        draft.delete(caller.actor(), clock.instant());
        mongo.save(draft); // versioned: a draft changed meanwhile is not deleted
        return id;
    }

    /** Open and in-flight drafts, newest first: the dealer's own, all for staff; nobody else's. */
    Window<OrderDraft> list(Caller caller, ScrollSubrange page) {
        Criteria criteria = policy.ordersVisibleTo(caller).asCriteria().and("status").ne(OrderDraft.Status.SUBMITTED)
                .and("deletedAt").isNull();
        return Pages.scroll(mongo, Query.query(criteria), NEWEST_FIRST, page, OrderDraft.class);
    }

    Optional<OrderDraft> find(Caller caller, String id) {
        policy.ordersVisibleTo(caller);
        return Optional.ofNullable(mongo.findById(id, OrderDraft.class))
                .filter(draft -> !draft.deleted())
                .filter(draft -> policy.mayRead(caller, Scopes.ORDERS_READ, draft.parties()));
    }

    /** A draft the caller may see; whether it may change it is the policy's decision. */
    private OrderDraft existing(Caller caller, String id) {
        return find(caller, id).orElseThrow(() -> new NotFoundException("order draft"));
    }
}
