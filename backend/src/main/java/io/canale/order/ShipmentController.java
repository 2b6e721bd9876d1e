package io.canale.order;

import io.canale.partner.PartnerDirectory;
import io.canale.partner.PartnerRef;
import io.canale.security.AccessPolicy;
import io.canale.security.Actions;
import io.canale.security.Facts;
import io.canale.security.Caller;
import io.canale.shared.Payloads;
import io.canale.shared.PartnerType;
import io.canale.shared.UserError;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** GraphQL entry points for shipments: carriers to choose from, hand-over, carrier events, the carrier's board. */
@Controller
class ShipmentController {

    record CreateShipmentInput(String orderId, Integer expectedVersion, String carrierId, Integer packages,
            List<Order.LineQuantity> lines) {
    }

    record ShipmentEventInput(String shipmentId, String eventId, Shipment.EventType type, java.time.Instant occurredAt,
            String location, String recipientName, String reason) {
    }

    /** A shipment as any reader sees it: no prices, no end customer. */
    record ShipmentView(String id, String orderId, String orderNumber, String carrierId, int packages, OrderParties.DeliveryAddress deliveryAddress,
            String requestedDate, Shipment.Status status, List<Shipment.Event> events, Shipment.Direction direction, String rmaNumber,
            Facts.Shipment facts) {

        static ShipmentView of(Order order, Shipment shipment) {
            return new ShipmentView(shipment.id(), order.id(), order.number(), shipment.carrierId(), shipment.packages(),
                    order.deliveryAddress(), order.requestedDate(), shipment.status(), shipment.events(), shipment.direction(),
                    shipment.rmaNumber(), order.facts(shipment));
        }
    }

    record ShipmentPayload(ShipmentView shipment, List<UserError> userErrors) {
    }

    private final Shipments shipments;
    private final PartnerDirectory partners;
    private final AccessPolicy policy;

    ShipmentController(Shipments shipments, PartnerDirectory partners, AccessPolicy policy) {
        this.shipments = shipments;
        this.partners = partners;
        this.policy = policy;
    }

    /** Names and ids only: enough to choose a carrier, nothing of the carrier's own records. */
    @QueryMapping
    List<PartnerRef> carriers(Caller caller) {
        policy.listCarriers(caller).enforce();
        return partners.activeOfType(PartnerType.CARRIER).stream()
                .map(carrier -> new PartnerRef(carrier.id(), carrier.name())).toList();
    }

    @QueryMapping
    List<ShipmentView> shipments(@Argument Integer first, @Argument Boolean open, Caller caller) {
        return shipments.shipments(caller, first, open).stream()
                .map(found -> ShipmentView.of(found.order(), found.shipment())).toList();
    }

    @MutationMapping
    OrderController.OrderPayload createShipment(@Argument CreateShipmentInput input, Caller caller) {
        return Payloads.run(() -> shipments.handOver(caller, input.orderId(), input.expectedVersion(), input.carrierId(),
                        input.packages() == null ? 0 : input.packages(), input.lines()),
                order -> new OrderController.OrderPayload(order, List.of()),
                errors -> new OrderController.OrderPayload(null, errors));
    }

    @MutationMapping
    ShipmentPayload recordShipmentEvent(@Argument ShipmentEventInput input, Caller caller) {
        return Payloads.run(() -> shipments.record(caller, input.shipmentId(), input.eventId(), input.type(), input.occurredAt(),
                        input.location(), input.recipientName(), input.reason()),
                found -> new ShipmentPayload(ShipmentView.of(found.order(), found.shipment()), List.of()),
                errors -> new ShipmentPayload(null, errors));
    }

    @SchemaMapping(typeName = "Order")
    List<ShipmentView> shipments(Order order) {
        return order.shipments().stream().map(shipment -> ShipmentView.of(order, shipment)).toList();
    }

    @SchemaMapping(typeName = "Shipment")
    Actions.Shipment viewerCan(ShipmentView shipment, Caller caller) {
        return policy.shipmentActions(caller, shipment.facts());
    }

    /** Carrier names of all shipments in the answer, in one query. */
    @BatchMapping(typeName = "Shipment", field = "carrier")
    Map<ShipmentView, PartnerRef> carrier(List<ShipmentView> shipments) {
        return partners.refsOf(shipments, ShipmentView::carrierId);
    }
}
