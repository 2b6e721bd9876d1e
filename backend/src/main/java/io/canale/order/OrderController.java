package io.canale.order;

import graphql.schema.DataFetchingEnvironment;
import io.canale.partner.PartnerDirectory;
import io.canale.partner.PartnerRef;
import io.canale.security.AccessPolicy;
import io.canale.security.Actions;
import io.canale.security.Caller;
import io.canale.shared.Money;
import io.canale.shared.Payloads;
import io.canale.shared.TimelineEntry;
import io.canale.shared.UserError;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** GraphQL entry points for orders; the end customer is redacted for everybody but the dealer and staff. */
@Controller
class OrderController {

    record SubmitOrderInput(List<Orders.LineRequest> lines, String requestedDate, OrderParties.DeliveryAddress deliveryAddress,
            OrderParties.EndCustomer endCustomer, String idempotencyKey) {
    }

    record ConfirmOrderInput(String id, Integer expectedVersion, List<Order.LineAnswer> lines) {
    }

    record CancelOrderInput(String id, Integer expectedVersion, String reason) {
    }

    record SubmitOrderPayload(List<Order> orders, List<UserError> userErrors) {
    }

    record OrderPayload(Order order, List<UserError> userErrors) {
    }

    record SubmitOrdersPayload(List<OrderBatches.Outcome> results, List<UserError> userErrors) {
    }

    private final Orders orders;
    private final OrderBatches batches;
    private final PartnerDirectory partners;
    private final AccessPolicy policy;

    OrderController(Orders orders, OrderBatches batches, PartnerDirectory partners, AccessPolicy policy) {
        this.orders = orders;
        this.batches = batches;
        this.partners = partners;
        this.policy = policy;
    }

    @QueryMapping(name = "orders")
    Window<Order> orderList(@Argument Order.Status status, @Argument Order.NextStep nextStep, @Argument String groupId,
            @Argument String number, @Argument io.canale.shared.DateOrder order, @Argument OrderSort sort, ScrollSubrange subrange,
            Caller caller) {
        return orders.list(caller, status, nextStep, groupId, number, OrderSort.of(sort, order), subrange);
    }

    /** Global search's orders: the caller's visible orders by id or number, or by end customer where the caller sees it. */
    @SchemaMapping(typeName = "SearchResults", field = "orders")
    Window<Order> searchOrders(io.canale.shared.SearchText search, ScrollSubrange subrange, Caller caller) {
        return orders.search(caller, search, subrange);
    }

    @QueryMapping
    Order order(@Argument String id, Caller caller) {
        return orders.find(caller, id).orElse(null);
    }

    @MutationMapping
    SubmitOrderPayload submitOrder(@Argument SubmitOrderInput input, DataFetchingEnvironment env, Caller caller) {
        return Payloads.run(() -> orders.submit(caller, input.lines(), input.requestedDate(), input.deliveryAddress(),
                        input.endCustomer(), input.idempotencyKey(), env.getLocale()),
                submitted -> new SubmitOrderPayload(submitted, List.of()), errors -> new SubmitOrderPayload(List.of(), errors));
    }

    /** Many submissions in one call; each input's result and errors by index (see {@link OrderBatches}). */
    @MutationMapping
    SubmitOrdersPayload submitOrders(@Argument List<SubmitOrderInput> inputs, DataFetchingEnvironment env, Caller caller) {
        List<OrderBatches.Submission> submissions = inputs == null ? List.of() : inputs.stream()
                .map(input -> new OrderBatches.Submission(input.lines(), input.requestedDate(), input.deliveryAddress(),
                        input.endCustomer(), input.idempotencyKey()))
                .toList();
        return Payloads.run(() -> batches.submit(caller, submissions, env.getLocale()),
                results -> new SubmitOrdersPayload(results, List.of()), errors -> new SubmitOrdersPayload(List.of(), errors));
    }

    @MutationMapping
    OrderPayload confirmOrder(@Argument ConfirmOrderInput input, Caller caller) {
        return Payloads.run(() -> orders.answer(caller, input.id(), input.expectedVersion(), input.lines()),
                order -> new OrderPayload(order, List.of()), errors -> new OrderPayload(null, errors));
    }

    @MutationMapping
    OrderPayload cancelOrder(@Argument CancelOrderInput input, Caller caller) {
        return Payloads.run(() -> orders.cancel(caller, input.id(), input.expectedVersion(), input.reason()),
                order -> new OrderPayload(order, List.of()), errors -> new OrderPayload(null, errors));
    }

    @SchemaMapping(typeName = "Order")
    OrderParties.EndCustomer endCustomer(Order order, Caller caller) {
        return policy.seesEndCustomerOf(caller, order.dealerId()) ? order.endCustomer() : null;
    }

    @SchemaMapping(typeName = "Order")
    Money total(Order order) {
        return order.total();
    }

    @SchemaMapping(typeName = "Order")
    List<TimelineEntry> timeline(Order order, Caller caller) {
        return policy.timelineFor(caller, order.timeline());
    }

    @SchemaMapping(typeName = "Order")
    Actions.Order viewerCan(Order order, Caller caller) {
        return policy.orderActions(caller, order.facts());
    }

    /** Dealer and supplier names of a page in one query. */
    @BatchMapping(typeName = "Order", field = "dealer")
    Map<Order, PartnerRef> dealer(List<Order> page) {
        return partners.refsOf(page, Order::dealerId);
    }

    @BatchMapping(typeName = "Order", field = "supplier")
    Map<Order, PartnerRef> supplier(List<Order> page) {
        return partners.refsOf(page, Order::supplierId);
    }
}
