package io.canale.order;

import graphql.schema.DataFetchingEnvironment;
import io.canale.partner.PartnerDirectory;
import io.canale.partner.PartnerRef;
import io.canale.security.AccessPolicy;
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

    record CreateShipmentInput(String orderId, Integer expectedVersion, String carrierId, Integer packages) {
    }

    record ShipmentEventInput(String shipmentId, String eventId, Shipment.EventType type, java.time.Instant occurredAt,
            String location, String recipientName, String reason) {
    }

    /** A shipment as any reader sees it: no prices, no end customer. */
    record ShipmentView(String id, String orderId, String carrierId, int packages, OrderParties.DeliveryAddress deliveryAddress,
            String requestedDate, Shipment.Status status, List<Shipment.Event> events) {

        static ShipmentView of(Order order, Shipment shipment) {
            return new ShipmentView(shipment.id(), order.id(), shipment.carrierId(), shipment.packages(),
                    order.deliveryAddress(), order.requestedDate(), shipment.status(), shipment.events());
        }
    }

    record ShipmentPayload(ShipmentView shipment, List<UserError> userErrors) {
    }

    record OrderPayload(Order order, List<UserError> userErrors) {
    }

    private final Orders orders;
    private final PartnerDirectory partners;
    private final AccessPolicy policy;

    OrderController(Orders orders, PartnerDirectory partners, AccessPolicy policy) {
        this.orders = orders;
        this.partners = partners;
        this.policy = policy;
    }

    @QueryMapping(name = "orders")
    Window<Order> orderList(@Argument Order.Status status, @Argument String groupId, ScrollSubrange subrange) {
        return orders.list(policy.caller(), status, groupId, subrange);
    }

    @QueryMapping
    Order order(@Argument String id) {
        return orders.find(policy.caller(), id).orElse(null);
    }

    @MutationMapping
    SubmitOrderPayload submitOrder(@Argument SubmitOrderInput input, DataFetchingEnvironment env) {
        Caller caller = policy.caller();
        return Payloads.run(() -> orders.submit(caller, input.lines(), input.requestedDate(), input.deliveryAddress(),
                        input.endCustomer(), input.idempotencyKey(), env.getLocale()),
                submitted -> new SubmitOrderPayload(submitted, List.of()), errors -> new SubmitOrderPayload(List.of(), errors));
    }

    @MutationMapping
    OrderPayload confirmOrder(@Argument ConfirmOrderInput input) {
        Caller caller = policy.caller();
        return Payloads.run(() -> orders.answer(caller, input.id(), input.expectedVersion(), input.lines()),
                order -> new OrderPayload(order, List.of()), errors -> new OrderPayload(null, errors));
    }

    /** Names and ids only: enough to choose a carrier, nothing of the carrier's own records. */
    @QueryMapping
    List<PartnerRef> carriers() {
        policy.requireShipper(policy.caller());
        return partners.activeOfType(io.canale.shared.PartnerType.CARRIER).stream()
                .map(carrier -> new PartnerRef(carrier.id(), carrier.name())).toList();
    }

    @QueryMapping
    List<ShipmentView> shipments(@Argument Integer first, @Argument Boolean open) {
        return orders.shipments(policy.caller(), first == null ? 20 : first, open).stream()
                .map(found -> ShipmentView.of(found.order(), found.shipment())).toList();
    }

    @MutationMapping
    OrderPayload createShipment(@Argument CreateShipmentInput input) {
        Caller caller = policy.caller();
        return Payloads.run(() -> orders.ship(caller, input.orderId(), input.expectedVersion(), input.carrierId(),
                        input.packages() == null ? 0 : input.packages()),
                order -> new OrderPayload(order, List.of()), errors -> new OrderPayload(null, errors));
    }

    @MutationMapping
    ShipmentPayload recordShipmentEvent(@Argument ShipmentEventInput input) {
        Caller caller = policy.caller();
        return Payloads.run(() -> orders.record(caller, input.shipmentId(), input.eventId(), input.type(), input.occurredAt(),
                        input.location(), input.recipientName(), input.reason()),
                found -> new ShipmentPayload(ShipmentView.of(found.order(), found.shipment()), List.of()),
                errors -> new ShipmentPayload(null, errors));
    }

    @SchemaMapping(typeName = "Order")
    List<ShipmentView> shipments(Order order) {
        return order.shipments().stream().map(shipment -> ShipmentView.of(order, shipment)).toList();
    }

    /** Carrier names of all shipments in the answer, in one query. */
    @BatchMapping(typeName = "Shipment", field = "carrier")
    Map<ShipmentView, PartnerRef> carrier(List<ShipmentView> shipments) {
        return partners.refsOf(shipments, ShipmentView::carrierId);
    }

    @MutationMapping
    OrderPayload cancelOrder(@Argument CancelOrderInput input) {
        Caller caller = policy.caller();
        return Payloads.run(() -> orders.cancel(caller, input.id(), input.expectedVersion(), input.reason()),
                order -> new OrderPayload(order, List.of()), errors -> new OrderPayload(null, errors));
    }

    @SchemaMapping(typeName = "Order")
    OrderParties.EndCustomer endCustomer(Order order) {
        return policy.seesEndCustomerOf(policy.caller(), order.dealerId()) ? order.endCustomer() : null;
    }

    @SchemaMapping(typeName = "Order")
    Money total(Order order) {
        return order.total();
    }

    @SchemaMapping(typeName = "Order")
    List<TimelineEntry> timeline(Order order) {
        boolean staff = policy.seesCrossPartnerDetails(policy.caller());
        return order.timeline().stream().filter(entry -> staff || !entry.staffOnly()).toList();
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
