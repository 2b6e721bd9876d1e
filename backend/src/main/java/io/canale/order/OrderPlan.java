package io.canale.order;

import io.canale.shared.ActingPartner;
import io.canale.shared.Actor;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Everything one submission will write — every supplier's order with its id and frozen lines — stored before
 * the first order. A retry, or {@link OrderPlans#completeStale the sweep}, finishes a plan from what it stored, never
 * from input checked again, so a split ends with every supplier's order even when the input would no longer pass
 * (a date now past, a product withdrawn since). One document: stored atomically, no transaction needed. A plan is
 * deleted once all its orders exist, so the end customer's data is not kept twice. {@code by} and {@code byPartner}
 * are the submitting actor, written onto each order's timeline and audit as the dealer's own submission would.
 */
@Document("order_plans")
record OrderPlan(@Id String groupId, String dealerId, String requestedDate, OrderParties.DeliveryAddress deliveryAddress,
        OrderParties.EndCustomer endCustomer, String by, ActingPartner byPartner, @Indexed Instant at, List<PlannedOrder> orders,
        String language) {

    /** One supplier's share of the submission; its number is drawn when the plan is made (null in plans stored before numbers). */
    record PlannedOrder(String orderId, String supplierId, List<OrderLine> lines, String number) {
    }

    OrderPlan {
        orders = List.copyOf(orders);
    }

    Order order(PlannedOrder planned, String number) {
        return Order.submit(planned.orderId(), groupId, dealerId, planned.supplierId(), planned.lines(), requestedDate,
                deliveryAddress, endCustomer, new Actor(by, byPartner), at).numbered(number, language);
    }
}
