package io.canale.incentive;

import io.canale.catalog.Catalog;
import io.canale.order.DeliveredOrders;
import io.canale.servicecase.RefundedReturns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Partners' purchases as incentives count them: recorded once per line as the feed tells of them (the ledger's
 * source), or read afresh from the order and return history (the check's source). Replacement orders are free of
 * charge and earn nothing; a refund is valued at the returned line's frozen unit price.
 */
@Component
class Purchases {

    private final MongoOperations mongo;
    private final DeliveredOrders orders;
    private final RefundedReturns refunds;
    private final Catalog catalog;

    Purchases(MongoOperations mongo, DeliveredOrders orders, RefundedReturns refunds, Catalog catalog) {
        this.mongo = mongo;
        this.orders = orders;
        this.refunds = refunds;
        this.catalog = catalog;
    }

    /** The lines of a delivered order, dated when it was delivered (as the history says, so that the check agrees). */
    List<Purchase> ofDeliveredOrder(String orderId, String changeId) {
        return orders.delivered(orderId).filter(order -> !order.replacement()).map(order -> deliveries(order, order.deliveredAt(), changeId))
                .orElse(List.of());
    }

    /** The refunded lines of a case. */
    List<Purchase> ofRefundsOf(String caseId, String changeId) {
        return valued(refunds.of(caseId), changeId);
    }

    /** Stores purchases not recorded yet; one recorded before (a replay) stays as it was. */
    void record(List<Purchase> purchases) {
        for (Purchase purchase : purchases) {
            try {
                mongo.insert(purchase);
            } catch (DuplicateKeyException recordedBefore) {
                // the first record of a line stands
            }
        }
    }

    /** A partner's recorded purchases dated in [from, to). */
    List<Purchase> recorded(String partnerId, Instant from, Instant to) {
        return mongo.find(Query.query(Criteria.where("partnerId").is(partnerId).and("at").gte(from).lt(to)), Purchase.class);
    }

    /** Every purchase in [from, to) from the order and return history, not from what the feed recorded. */
    List<Purchase> fromHistory(Instant from, Instant to) {
        List<Purchase> found = new ArrayList<>();
        orders.deliveredBetween(from, to).stream().filter(order -> !order.replacement())
                .forEach(order -> found.addAll(deliveries(order, order.deliveredAt(), null)));
        found.addAll(valued(refunds.between(from, to), null));
        return found;
    }

    /** What a dealer has on order, as if delivered at {@code at}: what it would earn is pending. */
    List<Purchase> onOrder(String dealerId, Instant at) {
        return orders.open(dealerId).stream().filter(order -> !order.replacement())
                .flatMap(order -> deliveries(order, at, null).stream()).toList();
    }

    private List<Purchase> deliveries(DeliveredOrders.Purchased order, Instant at, String changeId) {
        Map<String, String> lines = productLines(order.lines().stream().map(DeliveredOrders.PurchasedLine::sku));
        return order.lines().stream().map(line -> Purchase.delivery(order.dealerId(), order.orderId(), line.line(), line.sku(),
                lines.get(line.sku()), line.quantity(), line.value(), line.currency(), at, changeId)).toList();
    }

    private List<Purchase> valued(List<RefundedReturns.Refund> refunded, String changeId) {
        Map<String, String> lines = productLines(refunded.stream().map(RefundedReturns.Refund::sku));
        List<Purchase> found = new ArrayList<>();
        for (RefundedReturns.Refund refund : refunded) {
            Optional<DeliveredOrders.PurchasedLine> line = orders.line(refund.orderId(), refund.line());
            line.ifPresent(bought -> found.add(Purchase.refund(refund.dealerId(), refund.caseId(), refund.orderId(), refund.line(),
                    bought.sku(), lines.get(bought.sku()), refund.quantity(),
                    bought.unitPrice().multiply(java.math.BigDecimal.valueOf(refund.quantity())), bought.currency(), refund.at(), changeId)));
        }
        return found;
    }

    private Map<String, String> productLines(Stream<String> skus) {
        Collection<String> distinct = skus.filter(java.util.Objects::nonNull).distinct().toList();
        return distinct.isEmpty() ? Map.of() : catalog.productLinesOf(distinct);
    }
}
