package io.canale.servicecase;

import io.canale.order.OrderReturns;
import io.canale.order.ReturnShipment;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.InvalidInputException;
import io.canale.shared.UserErrorCode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Returns on service cases: staff authorise (an RMA number), the dealer sends the goods back through a carrier (a
 * return shipment of the order, whose events the carrier records as for any shipment), the supplier inspects each
 * line; a replacement becomes a new order, a refund an event. Who may do what is the {@link AccessPolicy}'s decision.
 */
@Service
class CaseReturns {

    private final ServiceCases cases;
    private final OrderReturns orderReturns;
    private final RmaNumbers numbers;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CaseReturns(ServiceCases cases, OrderReturns orderReturns, RmaNumbers numbers, AccessPolicy policy, ApplicationEventPublisher publisher,
            Clock clock) {
        this.cases = cases;
        this.orderReturns = orderReturns;
        this.numbers = numbers;
        this.policy = policy;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Staff authorise linked lines to go back; the number is drawn only once the lines passed their checks. */
    ServiceCase authorize(Caller caller, String id, Integer expectedVersion, List<ReturnAuthorization.Requested> lines) {
        return cases.change(caller, id, expectedVersion,
                c -> policy.authorizeReturn(caller, cases.facts(c), c.returnFacts()).enforce("input.id"), c -> {
                    List<ReturnAuthorization.Line> authorised = c.returnLines(lines);
                    c.authorizeReturn(numbers.next(), authorised, caller.actor(), clock.instant());
                });
    }

    /**
     * The goods of one authorised order go back: a return shipment of that order (order module), then the case learns
     * of it and the carrier joins. A retry after a refused save finds the same shipment (one per order and RMA).
     */
    ServiceCase ship(Caller caller, String id, Integer expectedVersion, String orderId, String carrierId, Integer packages) {
        return cases.change(caller, id, expectedVersion, c -> {
            policy.shipReturn(caller, cases.facts(c), c.returnFacts()).enforce("input.id");
            if (orderId == null || !c.returnsGoodsOf(orderId)) {
                throw new InvalidInputException("input.orderId", UserErrorCode.NOT_FOUND, "no goods of this order were authorised to go back");
            }
        }, c -> {
            ReturnShipment shipment = orderReturns.createReturnShipment(caller, orderId, c.returnAuthorization().number(), carrierId,
                    packages == null ? 0 : packages);
            c.recordReturnShipment(shipment.orderId(), shipment.shipmentId(), shipment.carrierId(), caller.actor(), clock.instant());
        });
    }

    /**
     * The supplier records receipt and inspection of its returned lines. Replacements are placed as new orders (one per
     * original order) before the case is saved, so the case names them; refunds are announced once the case is saved.
     */
    ServiceCase inspect(Caller caller, String id, Integer expectedVersion, List<ReturnAuthorization.Inspected> lines) {
        List<ServiceCaseEvents.ReturnRefunded> refunds = new ArrayList<>();
        ServiceCase saved = cases.change(caller, id, expectedVersion,
                c -> policy.inspectReturn(caller, cases.facts(c), c.returnFacts()).enforce("input.id"), c -> {
                    refunds.clear();
                    ReturnAuthorization rma = c.returnAuthorization();
                    List<ReturnAuthorization.Inspected> requested = lines == null ? List.of() : lines;
                    Set<String> arrived = new HashSet<>();
                    Set<String> asked = new HashSet<>();
                    for (int i = 0; i < requested.size() && i <= rma.lines().size(); i++) {
                        ReturnAuthorization.Inspected line = requested.get(i);
                        if (line.orderId() == null || line.line() == null) {
                            continue;
                        }
                        var authorised = rma.line(line.orderId(), line.line());
                        if (authorised.isPresent()) {
                            policy.inspectReturnedLine(caller, authorised.get().supplierId()).enforce("input.lines." + i + ".line");
                            if (asked.add(line.orderId()) && orderReturns.returnShipment(caller, line.orderId(), rma.number())
                                    .filter(ReturnShipment::delivered).isPresent()) {
                                arrived.add(line.orderId());
                            }
                        }
                    }
                    Instant now = clock.instant();
                    List<ReturnAuthorization.Inspection> done = c.inspectReturn(requested, arrived, caller.actor(), now);
                    replace(caller, c, done);
                    refund(c, done).ifPresent(refunds::add);
                });
        refunds.forEach(publisher::publishEvent);
        return saved;
    }

    private void replace(Caller caller, ServiceCase serviceCase, List<ReturnAuthorization.Inspection> done) {
        Map<String, Map<Integer, Integer>> byOrder = new LinkedHashMap<>();
        done.stream().filter(i -> i.outcome() == ReturnAuthorization.Outcome.REPLACE)
                .forEach(i -> byOrder.computeIfAbsent(i.orderId(), o -> new LinkedHashMap<>()).put(i.line(), i.receivedQuantity()));
        byOrder.forEach((orderId, quantities) -> serviceCase.replacedBy(orderId, List.copyOf(quantities.keySet()),
                orderReturns.placeReplacement(caller, orderId, serviceCase.returnAuthorization().number(), quantities)));
    }

    private static java.util.Optional<ServiceCaseEvents.ReturnRefunded> refund(ServiceCase serviceCase,
            List<ReturnAuthorization.Inspection> done) {
        ReturnAuthorization rma = serviceCase.returnAuthorization();
        List<ServiceCaseEvents.RefundedLine> refunded = new ArrayList<>();
        String supplierId = null;
        for (ReturnAuthorization.Inspection inspection : done) {
            if (inspection.outcome() == ReturnAuthorization.Outcome.REFUND) {
                ReturnAuthorization.Line line = rma.line(inspection.orderId(), inspection.line()).orElseThrow();
                supplierId = line.supplierId();
                refunded.add(new ServiceCaseEvents.RefundedLine(line.orderId(), line.line(), line.sku(), inspection.receivedQuantity()));
            }
        }
        return refunded.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new ServiceCaseEvents.ReturnRefunded(
                serviceCase.id(), rma.number(), serviceCase.dealerId(), supplierId, refunded));
    }
}
