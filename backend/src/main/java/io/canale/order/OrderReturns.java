package io.canale.order;

import io.canale.partner.PartnerDirectory;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.Ids;
import io.canale.shared.InvalidInputException;
import io.canale.shared.PartnerType;
import io.canale.shared.UserErrorCode;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Returns for the service capability: goods of a delivered order travel back through a carrier as a shipment of
 * that order (direction RETURN), and returned goods are replaced by a new order at no charge. The order's rules stay
 * here; who may do it is the {@link AccessPolicy}'s decision; the RMA itself belongs to the service case.
 */
@Service
public class OrderReturns {

    private final Orders orders;
    private final OrderStore store;
    private final PartnerDirectory partners;
    private final AccessPolicy policy;
    private final MongoOperations mongo;
    private final Clock clock;
    private final OrderNumbers numbers;

    OrderReturns(Orders orders, OrderStore store, PartnerDirectory partners, AccessPolicy policy, MongoOperations mongo, Clock clock,
            OrderNumbers numbers) {
        this.numbers = numbers;
        this.orders = orders;
        this.store = store;
        this.mongo = mongo;
        this.partners = partners;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * The dealer (or staff) hands goods of the order back to an active carrier under the RMA. Idempotent per order and
     * RMA: when the return shipment exists (a retry after the case could not be saved), it is answered unchanged.
     */
    public ReturnShipment createReturnShipment(Caller caller, String orderId, String rmaNumber, String carrierId, int packages) {
        Order order = orders.existing(caller, orderId);
        policy.returnGoods(caller, order.facts()).enforce("input.orderId");
        Optional<Shipment> earlier = order.returnOf(rmaNumber);
        if (earlier.isPresent()) {
            return ReturnShipment.of(order, earlier.get());
        }
        if (carrierId == null || !partners.isActive(carrierId, PartnerType.CARRIER)) {
            throw new InvalidInputException("input.carrierId", UserErrorCode.NOT_FOUND, "no active carrier with this id");
        }
        Shipment shipment = order.shipReturn(rmaNumber, carrierId, packages, caller.actor(), clock.instant());
        return ReturnShipment.of(store.save(order), shipment);
    }

    /** The order's return shipment under the RMA, if the caller may read the order and there is one. */
    public Optional<ReturnShipment> returnShipment(Caller caller, String orderId, String rmaNumber) {
        return orders.find(caller, orderId).flatMap(order -> order.returnOf(rmaNumber).map(shipment -> ReturnShipment.of(order, shipment)));
    }

    /**
     * Where each of the shipments is (READY, IN_TRANSIT, EXCEPTION, DELIVERED), in one query, for those the caller may
     * read as a shipment (staff, the order's dealer and supplier, the shipment's own carrier); others are left out.
     */
    public Map<String, String> shipmentStatuses(Caller caller, Collection<String> shipmentIds) {
        Map<String, String> statuses = new HashMap<>();
        if (shipmentIds.isEmpty()) {
            return statuses;
        }
        for (Order order : mongo.find(Query.query(Criteria.where("shipments.id").in(shipmentIds)), Order.class)) {
            order.shipments().stream().filter(shipment -> shipmentIds.contains(shipment.id()))
                    .filter(shipment -> policy.mayReadShipment(caller, order.facts(shipment)))
                    .forEach(shipment -> statuses.put(shipment.id(), shipment.status().name()));
        }
        return statuses;
    }

    /**
     * The supplier replaces returned goods: a new order of the same dealer for {@code quantities} (line of the original →
     * quantity) at a price of zero, referring to the original order and the RMA. Its id derives from RMA, order and
     * lines, so a retry answers the order the first attempt placed. Answers the new order's id.
     */
    public String placeReplacement(Caller caller, String orderId, String rmaNumber, Map<Integer, Integer> quantities) {
        Order original = orders.existing(caller, orderId);
        policy.placeReplacementOrder(caller, original.facts()).enforce("input.orderId");
        Map<Integer, Integer> sorted = new TreeMap<>(quantities);
        String id = Ids.derived("ord", "replacement:" + rmaNumber + ":" + orderId + ":" + sorted);
        java.time.Instant at = clock.instant();
        Order replacement = Order.replacement(id, original, rmaNumber, sorted, caller.actor(), at)
                .numbered(numbers.next(at), original.language());
        return store.insertOnce(replacement).id(); // a retry's number is skipped: the first attempt's order is answered

    }
}
