package io.canale.order;

import io.canale.partner.PartnerDirectory;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.security.Decision;
import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.Pages;
import io.canale.shared.PartnerType;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import io.canale.shared.Versions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;
import io.canale.shared.InvalidCursorException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Shipments of confirmed orders: the supplier hands goods to a carrier, the carrier reports its events.
 * A shipment lives inside its order's document, so an event and the order status it causes are one write.
 */
@Service
class Shipments {

    /** The order of the orders connection, which its indexes serve (see Pages.scroll for the ascending id). */
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));

    private final MongoOperations mongo;
    private final Orders orders;
    private final OrderStore store;
    private final PartnerDirectory partners;
    private final AccessPolicy policy;
    private final Clock clock;
    /** How long after recording an event its reporter may still correct it. */
    private final Duration correctionWindow;

    Shipments(MongoOperations mongo, Orders orders, OrderStore store, PartnerDirectory partners, AccessPolicy policy,
            Clock clock, @Value("${canale.shipments.correction-window:PT15M}") Duration correctionWindow) {
        this.mongo = mongo;
        this.orders = orders;
        this.store = store;
        this.partners = partners;
        this.policy = policy;
        this.clock = clock;
        this.correctionWindow = correctionWindow;
    }

    /** A shipment together with the order it belongs to, for views that need both. */
    record ShipmentOfOrder(Order order, Shipment shipment) {
    }

    Order ship(Caller caller, String orderId, Integer expectedVersion, String carrierId, int packages) {
        return handOver(caller, orderId, expectedVersion, carrierId, packages, null);
    }

    /**
     * Hands the given units per line (null: everything confirmed and not handed over yet) to the carrier. The shipment,
     * its contents and the lines' handed-over units are one versioned write of the order: a retry with the version seen
     * before is refused (VERSION_CONFLICT), never a second shipment.
     */
    Order handOver(Caller caller, String orderId, Integer expectedVersion, String carrierId, int packages,
            List<Order.LineQuantity> lines) {
        Order order = orders.existing(caller, orderId);
        policy.shipOrder(caller, order.facts()).enforce("input.orderId");
        if (carrierId == null || !partners.isActive(carrierId, PartnerType.CARRIER)) {
            throw new InvalidInputException("input.carrierId", UserErrorCode.NOT_FOUND, "no active carrier with this id");
        }
        Versions.expect(expectedVersion, order.version());
        order.ship(carrierId, packages, lines, caller.actor(), clock.instant());
        return store.save(order);
    }

    /**
     * Records a carrier's event. Events are facts, not edits, so a concurrent change of the same order is
     * retried instead of refused; a repeated event id is recognised and changes nothing.
     */
    ShipmentOfOrder record(Caller caller, String shipmentId, String eventId, Shipment.EventType type, Instant occurredAt,
            String location, String recipientName, String reason) {
        UserErrors errors = new UserErrors().requireText("input.eventId", eventId, 100).maxLength("input.location", location, 120)
                .maxLength("input.recipientName", recipientName, 120).maxLength("input.reason", reason, 500);
        checkDetails(type, recipientName, reason, errors);
        Instant now = clock.instant();
        Instant when = occurredAt == null ? now : occurredAt;
        if (when.isAfter(now.plusSeconds(300))) {
            errors.add("input.occurredAt", UserErrorCode.INVALID, "lies in the future");
        }
        errors.throwIfAny();
        for (int attempt = 1; ; attempt++) {
            Order order = orderWithShipment(shipmentId);
            Shipment recorded = order.shipment(shipmentId);
            Decision decision = policy.recordShipmentEvent(caller, order.facts(recorded));
            boolean repeat = recorded.knows(eventId.strip());
            // A repeated event is answered with what was recorded, even after delivery; any other refusal stands.
            if (!repeat || decision.verdict() != Decision.Verdict.ILLEGAL_STATE) {
                decision.enforce("input.type");
            }
            if (repeat) {
                return new ShipmentOfOrder(order, recorded);
            }
            Shipment shipment = order.record(shipmentId, new Shipment.Event(eventId.strip(), type, when,
                    blankToNull(location), blankToNull(recipientName), blankToNull(reason), now, caller.subject(), null,
                    now.plus(correctionWindow)), caller.actor());
            try {
                return new ShipmentOfOrder(store.save(order), shipment);
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == 3) {
                    throw raced;
                }
            }
        }
    }

    /**
     * Corrects the shipment's last event: the correction is a new event naming the corrected one, which stays recorded.
     * Only who reported the event may correct it, within its window; a repeated correction id is answered with what was
     * recorded. The correction keeps the corrected event's window (a correction cannot stretch it).
     */
    ShipmentOfOrder correct(Caller caller, String shipmentId, String eventId, String corrects, Shipment.EventType type,
            Instant occurredAt, String location, String recipientName, String reason) {
        UserErrors errors = new UserErrors().requireText("input.eventId", eventId, 100).requireText("input.corrects", corrects, 100)
                .maxLength("input.location", location, 120).maxLength("input.recipientName", recipientName, 120)
                .maxLength("input.reason", reason, 500);
        checkDetails(type, recipientName, reason, errors);
        Instant now = clock.instant();
        if (occurredAt != null && occurredAt.isAfter(now.plusSeconds(300))) {
            errors.add("input.occurredAt", UserErrorCode.INVALID, "lies in the future");
        }
        errors.throwIfAny();
        for (int attempt = 1; ; attempt++) {
            Order order = orderWithShipment(shipmentId);
            Shipment recorded = order.shipment(shipmentId);
            Decision decision = policy.correctShipmentEvent(caller, order.facts(recorded));
            boolean repeat = recorded.knows(eventId.strip());
            if (repeat && decision.verdict() != Decision.Verdict.NOT_FOUND && decision.verdict() != Decision.Verdict.FORBIDDEN) {
                return new ShipmentOfOrder(order, recorded);
            }
            if (decision.verdict() == Decision.Verdict.ILLEGAL_STATE) {
                recorded.checkCorrectable(corrects.strip(), now); // says why with its own code: not the last event, window ended
            }
            decision.enforce("input.corrects");
            Shipment.Event corrected = recorded.lastEffectiveEvent();
            Shipment.Event correction = new Shipment.Event(eventId.strip(), type, occurredAt == null ? corrected.occurredAt() : occurredAt,
                    blankToNull(location), blankToNull(recipientName), blankToNull(reason), now, caller.subject(), corrects.strip(),
                    corrected.correctableUntil());
            Shipment shipment = order.correct(shipmentId, correction, caller.actor(), now);
            try {
                return new ShipmentOfOrder(store.save(order), shipment);
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == 3) {
                    throw raced;
                }
            }
        }
    }

    private Order orderWithShipment(String shipmentId) {
        Order order = mongo.findOne(Query.query(Criteria.where("shipments.id").is(shipmentId)), Order.class);
        if (order == null) {
            throw new NotFoundException("shipment");
        }
        return order;
    }

    private static void checkDetails(Shipment.EventType type, String recipientName, String reason, UserErrors errors) {
        if (type == null) {
            errors.add("input.type", UserErrorCode.REQUIRED, "must be given");
        } else if (type == Shipment.EventType.DELIVERED && (recipientName == null || recipientName.isBlank())) {
            errors.add("input.recipientName", UserErrorCode.REQUIRED, "say who received the goods");
        } else if (type == Shipment.EventType.EXCEPTION && (reason == null || reason.isBlank())) {
            errors.add("input.reason", UserErrorCode.REQUIRED, "say what went wrong");
        }
    }

    /** A shipment of a page, with its place in its order (the cursor's last key). */
    record Found(Order order, Shipment shipment, int index) {
    }

    /** Where a page of shipments starts: after the shipment at {@code index} of the order created at {@code createdAt}. */
    private record Position(Instant createdAt, String orderId, int index) {

        static Position of(ScrollSubrange subrange) {
            ScrollPosition position = subrange.position().orElse(ScrollPosition.keyset());
            if (!(position instanceof KeysetScrollPosition keyset) || !keyset.scrollsForward()) {
                throw new InvalidCursorException();
            }
            if (keyset.isInitial()) {
                return null;
            }
            var keys = keyset.getKeys();
            if (keys.size() != 3 || !(keys.get("createdAt") instanceof Instant at) || !(keys.get("id") instanceof String id)
                    || !(keys.get("shipment") instanceof Integer index)) {
                throw new InvalidCursorException();
            }
            return new Position(at, id, index);
        }

        ScrollPosition scroll() {
            var keys = new java.util.LinkedHashMap<String, Object>();
            keys.put("createdAt", createdAt);
            keys.put("id", orderId);
            keys.put("shipment", index);
            return ScrollPosition.forward(keys);
        }

        /** This order and those after it in the board's order; the shipments of this one up to the index are skipped. */
        Criteria fromHere() {
            return new Criteria().orOperator(Criteria.where("createdAt").lt(createdAt),
                    Criteria.where("createdAt").is(createdAt).and("id").gte(orderId));
        }
    }

    /**
     * A page of the shipments the caller may see, newest order first and in the order's hand-over order within it;
     * {@code open} true leaves out delivered ones, false keeps only them. Keyset paging over the orders (one query per
     * page whatever its size, unless the orders of a page hold fewer visible shipments than asked for): the cursor names
     * the order and the shipment's place in it.
     */
    Window<Found> page(Caller caller, Boolean open, ScrollSubrange subrange) {
        int size = Pages.size(subrange.count().isPresent() ? subrange.count().getAsInt() : null);
        Position from = Position.of(subrange);
        var visible = policy.shipmentsVisibleTo(caller).asCriteria().and("shipments.0").exists(true);
        if (Boolean.TRUE.equals(open)) {
            // A delivered order has only delivered shipments, except goods travelling back under an RMA.
            visible = new Criteria().andOperator(visible, new Criteria().orOperator(Criteria.where("status").ne(Order.Status.DELIVERED),
                    Criteria.where("shipments.direction").is(Shipment.Direction.RETURN)));
        }
        List<Found> found = new ArrayList<>();
        boolean moreOrders = true;
        while (found.size() <= size && moreOrders) {
            Criteria criteria = from == null ? visible : new Criteria().andOperator(visible, from.fromHere());
            List<Order> batch = mongo.find(Query.query(criteria).with(NEWEST_FIRST).limit(size + 1), Order.class);
            moreOrders = batch.size() == size + 1;
            for (Order order : batch) {
                List<Shipment> all = order.shipments();
                for (int i = 0; i < all.size(); i++) {
                    boolean seen = from != null && order.id().equals(from.orderId()) && i <= from.index();
                    boolean delivered = all.get(i).status() == Shipment.Status.DELIVERED;
                    if (!seen && (open == null || open != delivered) && policy.mayReadShipment(caller, order.facts(all.get(i)))) {
                        found.add(new Found(order, all.get(i), i));
                    }
                }
                from = new Position(order.createdAt(), order.id(), all.size() - 1);
                if (found.size() > size) {
                    break;
                }
            }
        }
        List<Found> page = found.size() > size ? found.subList(0, size) : found;
        return Window.from(List.copyOf(page), index -> new Position(page.get(index).order().createdAt(), page.get(index).order().id(),
                page.get(index).index()).scroll(), found.size() > size);
    }

    /** The order of a shipment the caller may see, and the shipment; "not found" for anyone else. */
    ShipmentOfOrder readable(Caller caller, String shipmentId) {
        Order order = shipmentId == null ? null : mongo.findOne(Query.query(Criteria.where("shipments.id").is(shipmentId)), Order.class);
        if (order == null) {
            throw new NotFoundException("shipment");
        }
        Shipment shipment = order.shipment(shipmentId);
        policy.readProofOfDelivery(caller, order.facts(shipment)).enforce();
        return new ShipmentOfOrder(order, shipment);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
