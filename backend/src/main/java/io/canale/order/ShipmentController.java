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
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
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

    record CorrectShipmentEventInput(String shipmentId, String eventId, String corrects, Shipment.EventType type,
            java.time.Instant occurredAt, String location, String recipientName, String reason) {
    }

    /**
     * A shipment as any reader sees it: no prices, no end customer. {@code pickUpPartnerId}: where the goods are collected
     * (the supplier; the dealer for goods going back).
     */
    record ShipmentView(String id, String orderId, String orderNumber, String carrierId, int packages, OrderParties.DeliveryAddress deliveryAddress,
            String requestedDate, Shipment.Status status, List<EventView> events, Shipment.Direction direction, String rmaNumber,
            Facts.Shipment facts, String pickUpPartnerId, java.time.Instant correctableUntil, ProofView proofOfDelivery) {

        static ShipmentView of(Order order, Shipment shipment) {
            return new ShipmentView(shipment.id(), order.id(), order.number(), shipment.carrierId(), shipment.packages(),
                    order.deliveryAddress(), order.requestedDate(), shipment.status(), EventView.of(shipment), shipment.direction(),
                    shipment.rmaNumber(), order.facts(shipment), shipment.returning() ? order.dealerId() : order.supplierId(),
                    shipment.correctableUntil(), order.proofOfDelivery(shipment.id()).map(ProofView::of).orElse(null));
        }
    }

    /** An event as stored, with the correction that replaced it, if any. */
    record EventView(String eventId, Shipment.EventType type, java.time.Instant occurredAt, String location, String recipientName,
            String reason, java.time.Instant recordedAt, String corrects, String correctedBy) {

        static List<EventView> of(Shipment shipment) {
            return shipment.events().stream().map(event -> new EventView(event.eventId(), event.type(), event.occurredAt(), event.location(),
                    event.recipientName(), event.reason(), event.recordedAt(), event.corrects(), shipment.correctionOf(event.eventId()))).toList();
        }
    }

    /** The proof of delivery as readers see it: what it is and where to download it. */
    record ProofView(String fileName, String contentType, long size, java.time.Instant uploadedAt, String downloadPath) {

        static ProofView of(ProofOfDelivery proof) {
            return new ProofView(proof.fileName(), proof.contentType(), proof.size(), proof.uploadedAt(),
                    ShipmentProofs.downloadPath(proof.shipmentId()));
        }
    }

    /** Where the carrier collects the goods: a partner's name and address, or for goods going back the dealer at the order's address. */
    record PickUpPoint(String name, String street, String postalCode, String city, String country) {
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
    Window<ShipmentView> shipments(@Argument Boolean open, ScrollSubrange subrange, Caller caller) {
        return shipments.page(caller, open, subrange).map(found -> ShipmentView.of(found.order(), found.shipment()));
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

    @MutationMapping
    ShipmentPayload correctShipmentEvent(@Argument CorrectShipmentEventInput input, Caller caller) {
        return Payloads.run(() -> shipments.correct(caller, input.shipmentId(), input.eventId(), input.corrects(), input.type(),
                        input.occurredAt(), input.location(), input.recipientName(), input.reason()),
                found -> new ShipmentPayload(ShipmentView.of(found.order(), found.shipment()), List.of()),
                errors -> new ShipmentPayload(null, errors));
    }

    /** Pick-up points of all shipments in the answer, in one query. */
    @BatchMapping(typeName = "Shipment", field = "pickUp")
    Map<ShipmentView, PickUpPoint> pickUp(List<ShipmentView> views) {
        Map<String, PartnerDirectory.PickUpPoint> points = partners.pickUpPointsOf(views.stream().map(ShipmentView::pickUpPartnerId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        Map<ShipmentView, PickUpPoint> answer = new java.util.LinkedHashMap<>();
        for (ShipmentView view : views) {
            PartnerDirectory.PickUpPoint point = points.get(view.pickUpPartnerId());
            String name = point == null ? "?" : point.name();
            if (view.direction() == Shipment.Direction.RETURN) {
                OrderParties.DeliveryAddress at = view.deliveryAddress();
                answer.put(view, new PickUpPoint(name, at.street(), at.postalCode(), at.city(), at.country()));
            } else if (point == null || point.address() == null) {
                answer.put(view, new PickUpPoint(name, null, null, null, null));
            } else {
                answer.put(view, new PickUpPoint(name, point.address().street(), point.address().postalCode(), point.address().city(),
                        point.address().country()));
            }
        }
        return answer;
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
