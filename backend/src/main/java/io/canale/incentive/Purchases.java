package io.canale.incentive;

import io.canale.catalog.Catalog;
import io.canale.order.DeliveredOrders;
import io.canale.servicecase.RefundedReturns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /** How a purchase found in a change was recorded. */
    enum Recorded {
        /** Now, for the first time: the ledger has not seen it. */
        NEW,
        /** Before, by an earlier change (a case refunding a second line finds its first one again): settled with that change. */
        EARLIER,
        /** Before, by this very change: the change is read again (a restart from the stored position). */
        AGAIN
    }

    /** The lines of a delivered order, dated when it was delivered (as the history says, so that the check agrees). */
    List<Purchase> ofDeliveredOrder(String orderId, String changeId) {
        return orders.delivered(orderId).filter(order -> !order.replacement())
                .map(order -> deliveries(order, order.deliveredAt(), changeId, productLines(order.lines().stream().map(DeliveredOrders.PurchasedLine::sku))))
                .orElse(List.of());
    }

    /** The refunded lines of a case. */
    List<Purchase> ofRefundsOf(String caseId, String changeId) {
        return valued(refunds.of(caseId), changeId);
    }

    /** Stores purchases not recorded yet; one recorded before stays as it was. Answers how each was recorded, by id. */
    Map<String, Recorded> record(List<Purchase> purchases) {
        Map<String, Recorded> recorded = new LinkedHashMap<>();
        for (Purchase purchase : purchases) {
            try {
                mongo.insert(purchase);
                recorded.put(purchase.id(), Recorded.NEW);
            } catch (DuplicateKeyException recordedBefore) {
                // the first record of a line stands
                Purchase first = mongo.findById(purchase.id(), Purchase.class);
                recorded.put(purchase.id(), first != null && java.util.Objects.equals(first.changeId(), purchase.changeId())
                        ? Recorded.AGAIN : Recorded.EARLIER);
            }
        }
        return recorded;
    }

    /**
     * Withdraws the recorded deliveries of an order except those in {@code keep} (its delivery as it stands now, if any):
     * a carrier corrected the delivery, so the lines no longer earn. Answers those withdrawn now.
     */
    List<Purchase> withdraw(String orderId, Set<String> keep, String changeId) {
        List<Purchase> withdrawn = new ArrayList<>();
        for (Purchase purchase : mongo.find(Query.query(Criteria.where("orderId").is(orderId)), Purchase.class)) {
            if (purchase.kind() == Purchase.Kind.DELIVERY && !purchase.withdrawn() && !keep.contains(purchase.id())) {
                Purchase gone = purchase.withdrawnBy(changeId);
                mongo.save(gone);
                withdrawn.add(gone);
            }
        }
        return withdrawn;
    }

    /** A partner's recorded purchases dated in [from, to) that still count. */
    List<Purchase> recorded(String partnerId, Instant from, Instant to) {
        return recordedWithWithdrawn(partnerId, from, to).stream().filter(purchase -> !purchase.withdrawn()).toList();
    }

    /** A partner's recorded purchases dated in [from, to), withdrawn deliveries included. */
    List<Purchase> recordedWithWithdrawn(String partnerId, Instant from, Instant to) {
        return mongo.find(Query.query(Criteria.where("partnerId").is(partnerId).and("at").gte(from).lt(to)).cursorBatchSize(5_000), Purchase.class);
    }

    /** Every purchase in [from, to) from the order and return history, not from what the feed recorded. */
    List<Purchase> fromHistory(Instant from, Instant to) {
        return fromHistory(orders.deliveredBetween(from, to), refunds.between(from, to));
    }

    /** A partner's purchases in [from, to) from the order and return history (a growth bonus's baseline). */
    List<Purchase> fromHistory(String partnerId, Instant from, Instant to) {
        return fromHistory(orders.deliveredBetween(partnerId, from, to), refunds.between(partnerId, from, to));
    }

    private List<Purchase> fromHistory(List<DeliveredOrders.Purchased> delivered, List<RefundedReturns.Refund> refunded) {
        List<DeliveredOrders.Purchased> paid = delivered.stream().filter(order -> !order.replacement()).toList();
        // The product lines of every SKU at once: a period holds many orders of few products.
        Map<String, String> lines = productLines(paid.stream().flatMap(order -> order.lines().stream()).map(DeliveredOrders.PurchasedLine::sku));
        List<Purchase> found = new ArrayList<>();
        paid.forEach(order -> found.addAll(deliveries(order, order.deliveredAt(), null, lines)));
        found.addAll(valued(refunded, null));
        return found;
    }

    /** What a dealer has on order, as if delivered at {@code at}: what it would earn is pending. */
    List<Purchase> onOrder(String dealerId, Instant at) {
        return orders.open(dealerId).stream().filter(order -> !order.replacement())
                .flatMap(order -> deliveries(order, at, null, productLines(order.lines().stream().map(DeliveredOrders.PurchasedLine::sku))).stream())
                .toList();
    }

    private static List<Purchase> deliveries(DeliveredOrders.Purchased order, Instant at, String changeId, Map<String, String> productLines) {
        return order.lines().stream().map(line -> Purchase.delivery(order.dealerId(), order.orderId(), order.delivery(), line.line(), line.sku(),
                productLines.get(line.sku()), line.quantity(), line.value(), line.currency(), at, changeId)).toList();
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
