package io.canale.order;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** What a dealer bought: the value of its delivered orders, for allowances computed from purchases. Callers apply the access policy. */
@Service
public class OrderPurchases {

    private final MongoOperations mongo;

    OrderPurchases(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * The value of the dealer's orders placed in {@code [from, to)} and delivered, in one currency: each line's frozen
     * unit price times the confirmed quantity (lines in other currencies are left out). Reads the dealer's orders
     * through the party index, newest first.
     */
    public BigDecimal deliveredValue(String dealerId, String currency, Instant from, Instant to) {
        Criteria criteria = Criteria.where("parties.partnerId").is(dealerId).and("createdAt").gte(from).lt(to)
                .and("dealerId").is(dealerId).and("status").is(Order.Status.DELIVERED);
        BigDecimal total = BigDecimal.ZERO;
        for (Order order : mongo.find(Query.query(criteria), Order.class)) {
            for (OrderLine line : order.lines()) {
                int quantity = line.confirmedQuantity() != null ? line.confirmedQuantity() : line.quantity();
                if (line.unitPrice() != null && currency.equals(line.unitPrice().currency())) {
                    total = total.add(line.unitPrice().amount().multiply(BigDecimal.valueOf(quantity)));
                }
            }
        }
        return total;
    }
}
