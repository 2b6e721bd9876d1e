package io.canale.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canale.shared.Actor;
import io.canale.shared.InvalidInputException;
import io.canale.shared.Money;
import io.canale.shared.UserErrorCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Goods travel back under an RMA as a shipment of their order, whose events never move the order's own status. */
class OrderReturnTests {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final String RMA = "RMA-2026-000001";
    private static final Actor BY = Actor.SYSTEM;

    private static Order confirmedOrder() {
        Order order = Order.submit("ord_1", "grp_1", "ptn_rossi_auto", "ptn_ferri_componenti", List.of(
                new OrderLine(1, "FRN-PAD-001", "Front brake pads", 4, new Money(new BigDecimal("48.00"), "EUR"), null, null, null),
                new OrderLine(2, "FRN-DSC-002", "Ventilated brake disc", 2, new Money(new BigDecimal("96.50"), "EUR"), null, null, null)),
                "2099-01-15", new OrderParties.DeliveryAddress("Rossi Auto", "Via Roma 1", "20100", "Milano", "IT"), null, BY, T0);
        order.answer(List.of(new Order.LineAnswer(1, 4, "2099-02-01", null), new Order.LineAnswer(2, 2, "2099-02-01", null)), BY, T0);
        return order;
    }

    private static Shipment.Event event(String id, Shipment.EventType type, int minute) {
        Instant at = T0.plusSeconds(60L * minute);
        return new Shipment.Event(id, type, at, null, type == Shipment.EventType.DELIVERED ? "Magazzino" : null, null, at, "carrier");
    }

    private static Order deliveredOrder() {
        Order order = confirmedOrder();
        Shipment shipment = order.ship("ptn_veloce_logistica", 1, BY, T0);
        order.record(shipment.id(), event("d1", Shipment.EventType.PICKED_UP, 1), BY);
        order.record(shipment.id(), event("d2", Shipment.EventType.DELIVERED, 2), BY);
        assertThat(order.status()).isEqualTo(Order.Status.DELIVERED);
        order.drainEvents();
        return order;
    }

    @Test
    void only_delivered_goods_go_back_once_per_rma_and_the_carrier_becomes_a_party() {
        Order confirmed = confirmedOrder();
        assertThatThrownBy(() -> confirmed.shipReturn(RMA, "ptn_veloce_logistica", 1, BY, T0))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.errors().getFirst().code()).isEqualTo(UserErrorCode.ILLEGAL_STATE));

        Order order = deliveredOrder();
        Shipment back = order.shipReturn(RMA, "ptn_rapido_trasporti", 2, BY, T0);
        assertThat(back.direction()).isEqualTo(Shipment.Direction.RETURN);
        assertThat(back.rmaNumber()).isEqualTo(RMA);
        assertThat(order.parties()).extracting(io.canale.shared.Party::partnerId).contains("ptn_rapido_trasporti");
        assertThat(order.returnOf(RMA)).contains(back);
        assertThatThrownBy(() -> order.shipReturn(RMA, "ptn_rapido_trasporti", 1, BY, T0))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.errors().getFirst().code()).isEqualTo(UserErrorCode.DUPLICATE));
    }

    @Test
    void a_returns_pick_up_and_delivery_announce_the_return_not_a_shipped_or_delivered_order() {
        Order order = deliveredOrder();
        Shipment back = order.shipReturn(RMA, "ptn_veloce_logistica", 1, BY, T0);
        order.record(back.id(), event("r1", Shipment.EventType.PICKED_UP, 3), BY);
        order.record(back.id(), event("r2", Shipment.EventType.DELIVERED, 4), BY);
        assertThat(order.status()).isEqualTo(Order.Status.DELIVERED);
        assertThat(order.shipment(back.id()).delivered()).isTrue();
        assertThat(order.drainEvents()).containsExactly(new OrderEvents.ReturnHandedOver("ord_1", back.id(), "ptn_veloce_logistica", RMA),
                new OrderEvents.ReturnDelivered("ord_1", back.id(), RMA));
    }

    @Test
    void goods_travelling_back_do_not_hold_up_the_delivery_of_the_rest_of_the_order() {
        Order order = confirmedOrder();
        Shipment first = order.ship("ptn_veloce_logistica", 1, List.of(new Order.LineQuantity(1, 4)), BY, T0);
        Shipment second = order.ship("ptn_veloce_logistica", 1, BY, T0);
        order.record(first.id(), event("a1", Shipment.EventType.PICKED_UP, 1), BY);
        order.record(first.id(), event("a2", Shipment.EventType.DELIVERED, 2), BY);
        Shipment back = order.shipReturn(RMA, "ptn_veloce_logistica", 1, BY, T0);
        order.record(back.id(), event("r1", Shipment.EventType.PICKED_UP, 3), BY);
        assertThat(order.status()).isEqualTo(Order.Status.SHIPPED);
        order.record(second.id(), event("b1", Shipment.EventType.PICKED_UP, 4), BY);
        order.record(second.id(), event("b2", Shipment.EventType.DELIVERED, 5), BY);
        assertThat(order.status()).isEqualTo(Order.Status.DELIVERED);
    }

    @Test
    void a_replacement_order_carries_the_returned_goods_at_no_charge_and_names_the_rma() {
        Order original = deliveredOrder();
        Order replacement = Order.replacement("ord_2", original, RMA, Map.of(2, 1), BY, T0);
        assertThat(replacement.status()).isEqualTo(Order.Status.SUBMITTED);
        assertThat(replacement.lines()).containsExactly(
                new OrderLine(1, "FRN-DSC-002", "Ventilated brake disc", 1, new Money(BigDecimal.ZERO, "EUR"), null, null, null));
        assertThat(replacement.replacementFor()).isEqualTo(new Order.ReplacementOf("ord_1", RMA));
        assertThat(replacement.total().amount()).isZero();
        assertThat(replacement.deliveryAddress()).isEqualTo(original.deliveryAddress());
        assertThatThrownBy(() -> Order.replacement("ord_3", original, RMA, Map.of(9, 1), BY, T0)).isInstanceOf(InvalidInputException.class);
    }
}
