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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
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

    Shipments(MongoOperations mongo, Orders orders, OrderStore store, PartnerDirectory partners, AccessPolicy policy,
            Clock clock) {
        this.mongo = mongo;
        this.orders = orders;
        this.store = store;
        this.partners = partners;
        this.policy = policy;
        this.clock = clock;
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
        if (type == null) {
            errors.add("input.type", UserErrorCode.REQUIRED, "must be given");
        } else if (type == Shipment.EventType.DELIVERED && (recipientName == null || recipientName.isBlank())) {
            errors.add("input.recipientName", UserErrorCode.REQUIRED, "say who received the goods");
        } else if (type == Shipment.EventType.EXCEPTION && (reason == null || reason.isBlank())) {
            errors.add("input.reason", UserErrorCode.REQUIRED, "say what went wrong");
        }
        Instant now = clock.instant();
        Instant when = occurredAt == null ? now : occurredAt;
        if (when.isAfter(now.plusSeconds(300))) {
            errors.add("input.occurredAt", UserErrorCode.INVALID, "lies in the future");
        }
        errors.throwIfAny();
        for (int attempt = 1; ; attempt++) {
            Order order = mongo.findOne(Query.query(Criteria.where("shipments.id").is(shipmentId)), Order.class);
            if (order == null) {
                throw new NotFoundException("shipment");
            }
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
                    blankToNull(location), blankToNull(recipientName), blankToNull(reason), now, caller.subject()), caller.actor());
            try {
                return new ShipmentOfOrder(store.save(order), shipment);
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == 3) {
                    throw raced;
                }
            }
        }
    }

    /** The newest shipments the caller may see; {@code open} true leaves out delivered ones, false keeps only them. */
    List<ShipmentOfOrder> shipments(Caller caller, Integer requested, Boolean open) {
        int first = Pages.size(requested);
        var criteria = policy.shipmentsVisibleTo(caller).asCriteria().and("shipments.0").exists(true);
        if (Boolean.TRUE.equals(open)) {
            // A delivered order has only delivered shipments, except goods travelling back under an RMA.
            criteria = new Criteria().andOperator(criteria, new Criteria().orOperator(Criteria.where("status").ne(Order.Status.DELIVERED),
                    Criteria.where("shipments.direction").is(Shipment.Direction.RETURN)));
        }
        List<ShipmentOfOrder> visible = new ArrayList<>();
        for (Order order : mongo.find(Query.query(criteria).with(NEWEST_FIRST).limit(first), Order.class)) {
            for (Shipment shipment : order.shipments()) {
                boolean delivered = shipment.status() == Shipment.Status.DELIVERED;
                if ((open == null || open != delivered) && policy.mayReadShipment(caller, order.facts(shipment))) {
                    visible.add(new ShipmentOfOrder(order, shipment));
                }
            }
        }
        return visible.size() > first ? visible.subList(0, first) : visible;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
