package io.canale.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canale.security.Caller;
import io.canale.security.PartnerRole;
import io.canale.security.Scopes;
import io.canale.shared.InvalidInputException;
import io.canale.shared.PartnerType;
import io.canale.shared.UserErrorCode;
import io.canale.support.IntegrationTestBase;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Orders tell the rest of the application what happened, once, after the change is stored. */
@RecordApplicationEvents
class OrderEventsTests extends IntegrationTestBase {

    private static final Caller ROSSI = new Caller("dealer@canale.demo", Caller.Kind.USER, "ptn_rossi_auto", PartnerType.DEALER,
            Set.of(PartnerRole.ADMIN), Set.of(Scopes.ORDERS_READ, Scopes.ORDERS_WRITE));
    private static final Caller FERRI = new Caller("supplier@canale.demo", Caller.Kind.USER, "ptn_ferri_componenti",
            PartnerType.SUPPLIER, Set.of(PartnerRole.ADMIN), Set.of(Scopes.ORDERS_READ, Scopes.ORDERS_WRITE));
    private static final Caller VELOCE = new Caller("carrier@canale.demo", Caller.Kind.USER, "ptn_veloce_logistica",
            PartnerType.CARRIER, Set.of(PartnerRole.ADMIN), Set.of(Scopes.ORDERS_READ, Scopes.ORDERS_WRITE));
    private static final OrderParties.DeliveryAddress ADDRESS =
            new OrderParties.DeliveryAddress("Rossi Auto", "Via Roma 1", "20121", "Milano", "IT");

    @Autowired
    Orders orders;

    @Autowired
    Shipments shipments;

    @Autowired
    ApplicationEvents events;

    @Test
    void a_split_submission_is_announced_per_order_and_a_replay_announces_nothing() {
        String key = UUID.randomUUID().toString();
        List<Order> submitted = submit(key, new Orders.LineRequest("FRN-PAD-001", 2), new Orders.LineRequest("BAT-12V-070", 1));
        assertThat(events.stream(OrderEvents.OrderSubmitted.class).map(OrderEvents.OrderSubmitted::orderId))
                .containsExactlyInAnyOrderElementsOf(submitted.stream().map(Order::id).toList());
        events.clear();
        List<Order> replayed = submit(key, new Orders.LineRequest("FRN-PAD-001", 2), new Orders.LineRequest("BAT-12V-070", 1));
        assertThat(replayed).extracting(Order::id).containsExactlyInAnyOrderElementsOf(submitted.stream().map(Order::id).toList());
        assertThat(events.stream(OrderEvents.OrderSubmitted.class)).isEmpty();
    }

    @Test
    void answer_hand_over_pick_up_and_delivery_are_announced_once_each() {
        Order order = submit(UUID.randomUUID().toString(), new Orders.LineRequest("FLT-OIL-010", 5)).getFirst();
        order = orders.answer(FERRI, order.id(), order.version().intValue(),
                List.of(new Order.LineAnswer(1, 5, "2099-05-01", null)));
        order = shipments.ship(FERRI, order.id(), order.version().intValue(), "ptn_veloce_logistica", 1);
        String shipmentId = order.shipments().getFirst().id();
        Instant now = Instant.now();
        shipments.record(VELOCE, shipmentId, "e1", Shipment.EventType.PICKED_UP, now, null, null, null);
        shipments.record(VELOCE, shipmentId, "e1", Shipment.EventType.PICKED_UP, now, null, null, null); // repeated
        shipments.record(VELOCE, shipmentId, "e2", Shipment.EventType.IN_TRANSIT, now, "Hub Verona", null, null);
        shipments.record(VELOCE, shipmentId, "e3", Shipment.EventType.DELIVERED, now, null, "M. Rossi", null);

        String id = order.id();
        assertThat(events.stream(OrderEvents.OrderAnswered.class).filter(e -> e.orderId().equals(id)))
                .singleElement().extracting(OrderEvents.OrderAnswered::status).isEqualTo("CONFIRMED");
        assertThat(events.stream(OrderEvents.ShipmentHandedOver.class).filter(e -> e.orderId().equals(id))).hasSize(1);
        assertThat(events.stream(OrderEvents.OrderShipped.class).filter(e -> e.orderId().equals(id))).hasSize(1);
        assertThat(events.stream(OrderEvents.OrderDelivered.class).filter(e -> e.orderId().equals(id))).hasSize(1);
    }

    @Test
    void a_refused_change_announces_nothing() {
        Order order = submit(UUID.randomUUID().toString(), new Orders.LineRequest("FRN-PAD-001", 1)).getFirst();
        events.clear();
        assertThatThrownBy(() -> orders.cancel(ROSSI, order.id(), order.version().intValue() + 1, "stale version"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        ex -> assertThat(ex.errors().getFirst().code()).isEqualTo(UserErrorCode.VERSION_CONFLICT));
        assertThat(events.stream(OrderEvents.OrderCancelled.class)).isEmpty();
        orders.cancel(ROSSI, order.id(), order.version().intValue(), "changed our mind");
        assertThat(events.stream(OrderEvents.OrderCancelled.class)).singleElement()
                .extracting(OrderEvents.OrderCancelled::orderId).isEqualTo(order.id());
    }

    private List<Order> submit(String key, Orders.LineRequest... lines) {
        return orders.submit(ROSSI, List.of(lines), "2099-06-01", ADDRESS, null, key, Locale.ENGLISH);
    }
}
