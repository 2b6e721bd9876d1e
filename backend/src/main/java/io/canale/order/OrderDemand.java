package io.canale.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** What dealers have ordered and not yet received, for demand signals. Callers apply the access policy. */
@Service
public class OrderDemand {

    /** One open order line: quantity still to deliver (confirmed, else ordered) and the wanted date. */
    public record OpenLine(String sku, String supplierId, String dealerId, LocalDate requestedDate, int quantity) {
    }

    private static final List<Order.Status> OPEN = List.of(Order.Status.SUBMITTED, Order.Status.CONFIRMED,
            Order.Status.PARTIALLY_CONFIRMED, Order.Status.SHIPPED);

    private final MongoOperations mongo;

    OrderDemand(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Open lines wanted between two days, of one supplier or of all (null). */
    public List<OpenLine> openLines(String supplierId, LocalDate from, LocalDate to) {
        Criteria criteria = Criteria.where("status").in(OPEN).and("requestedDate").gte(from.toString()).lte(to.toString());
        if (supplierId != null) {
            criteria = criteria.and("supplierId").is(supplierId);
        }
        List<OpenLine> lines = new ArrayList<>();
        for (Order order : mongo.find(Query.query(criteria), Order.class)) {
            LocalDate wanted = LocalDate.parse(order.requestedDate());
            for (OrderLine line : order.lines()) {
                int quantity = line.confirmedQuantity() != null ? line.confirmedQuantity() : line.quantity();
                if (quantity > 0) {
                    lines.add(new OpenLine(line.sku(), order.supplierId(), order.dealerId(), wanted, quantity));
                }
            }
        }
        return lines;
    }
}
