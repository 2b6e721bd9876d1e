package io.canale.servicecase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Refunded returned goods, for capabilities that reverse what the goods earned (incentives): read from the inspections
 * stored in the cases, so a consumer of the change feed and a recomputation from history see the same refunds. System
 * reads: the caller decides itself who may learn of them.
 */
@Service
public class RefundedReturns {

    /** One refunded line: how many of an order line's goods came back, and when the supplier inspected them. */
    public record Refund(String caseId, String dealerId, String orderId, int line, String sku, int quantity, Instant at) {
    }

    private final MongoOperations mongo;

    RefundedReturns(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The refunds of one case. */
    public List<Refund> of(String caseId) {
        return Optional.ofNullable(mongo.findById(caseId, ServiceCase.class)).map(RefundedReturns::refunds).orElse(List.of());
    }

    /** Every refund inspected in [from, to). */
    public List<Refund> between(Instant from, Instant to) {
        Query query = Query.query(Criteria.where("returnAuthorization.inspections.at").gte(from).lt(to));
        List<Refund> refunds = new ArrayList<>();
        for (ServiceCase serviceCase : mongo.find(query, ServiceCase.class)) {
            refunds(serviceCase).stream().filter(refund -> !refund.at().isBefore(from) && refund.at().isBefore(to)).forEach(refunds::add);
        }
        return refunds;
    }

    private static List<Refund> refunds(ServiceCase serviceCase) {
        ReturnAuthorization rma = serviceCase.returnAuthorization();
        if (rma == null) {
            return List.of();
        }
        List<Refund> refunds = new ArrayList<>();
        for (ReturnAuthorization.Inspection inspection : rma.inspections()) {
            if (inspection.outcome() == ReturnAuthorization.Outcome.REFUND && inspection.receivedQuantity() > 0) {
                String sku = rma.line(inspection.orderId(), inspection.line()).map(ReturnAuthorization.Line::sku).orElse(null);
                refunds.add(new Refund(serviceCase.id(), serviceCase.dealerId(), inspection.orderId(), inspection.line(), sku,
                        inspection.receivedQuantity(), inspection.at()));
            }
        }
        return refunds;
    }
}
