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
import org.junit.jupiter.api.Test;

/** An order's hand-overs on the order itself: units per line, partial hand-overs, the next step. */
class HandOverOrderTests {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final Actor BY = Actor.SYSTEM;
    private static final String CARRIER = "ptn_veloce_logistica";

    /** Four pads confirmed of four, two discs of three. */
    private static Order answeredOrder() {
        Order order = Order.submit("ord_1", "grp_1", "ptn_rossi_auto", "ptn_ferri_componenti", List.of(
                        new OrderLine(1, "FRN-PAD-001", "Front brake pads", 4, new Money(new BigDecimal("48.00"), "EUR"), null, null, null),
                        new OrderLine(2, "FRN-DSC-002", "Ventilated brake disc", 3, new Money(new BigDecimal("96.50"), "EUR"), null, null, null)),
                "2099-01-15", new OrderParties.DeliveryAddress("Rossi Auto", "Via Roma 1", "20100", "Milano", "IT"), null, BY, T0);
        assertThat(order.nextStep()).isEqualTo(Order.NextStep.AWAITING_ANSWER);
        order.answer(List.of(new Order.LineAnswer(1, 4, "2099-02-01", null), new Order.LineAnswer(2, 2, "2099-02-01", "short")), BY, T0);
        return order;
    }

    private static void deliver(Order order, Shipment shipment, int minute) {
        Instant at = T0.plusSeconds(60L * minute);
        order.record(shipment.id(), new Shipment.Event("pu" + minute, Shipment.EventType.PICKED_UP, at, null, null, null, at, "c"), BY);
        order.record(shipment.id(), new Shipment.Event("dl" + minute, Shipment.EventType.DELIVERED, at, null, "M. Rossi", null, at, "c"), BY);
    }

    @Test
    void a_delivered_part_leaves_the_order_shipped_while_confirmed_goods_are_left_to_hand_over() {
        Order order = answeredOrder();
        assertThat(order.nextStep()).isEqualTo(Order.NextStep.TO_HAND_OVER);
        Shipment first = order.ship(CARRIER, 1, List.of(new Order.LineQuantity(1, 4)), BY, T0);
        deliver(order, first, 1);

        assertThat(order.status()).isEqualTo(Order.Status.SHIPPED);
        assertThat(order.nextStep()).isEqualTo(Order.NextStep.TO_HAND_OVER);
        assertThat(order.facts().leftToShip()).isTrue();
        Shipment rest = order.ship(CARRIER, 1, BY, T0);
        assertThat(order.handOvers()).containsExactly(new Order.HandOver(first.id(), List.of(new Order.LineQuantity(1, 4))),
                new Order.HandOver(rest.id(), List.of(new Order.LineQuantity(2, 2))));
        assertThat(order.nextStep()).isEqualTo(Order.NextStep.WITH_CARRIER);
        assertThat(order.facts().leftToShip()).isFalse();
        deliver(order, rest, 2);
        assertThat(order.status()).isEqualTo(Order.Status.DELIVERED);
        assertThat(order.nextStep()).isEqualTo(Order.NextStep.DELIVERED);
    }

    /** An event the carrier may still correct for an hour. */
    private static Shipment.Event event(String id, Shipment.EventType type, int minute, String corrects) {
        Instant at = T0.plusSeconds(60L * minute);
        return new Shipment.Event(id, type, at, null, type == Shipment.EventType.DELIVERED ? "M. Rossi" : null, null, at, "c", corrects,
                at.plusSeconds(3600));
    }

    @Test
    void a_correction_into_a_delivery_leaves_the_order_shipped_while_goods_are_left_to_hand_over() {
        Order order = answeredOrder();
        Shipment part = order.ship(CARRIER, 1, List.of(new Order.LineQuantity(1, 4)), BY, T0);
        order.record(part.id(), event("pu", Shipment.EventType.PICKED_UP, 1, null), BY);
        order.record(part.id(), event("tr", Shipment.EventType.IN_TRANSIT, 2, null), BY);

        order.correct(part.id(), event("fix", Shipment.EventType.DELIVERED, 3, "tr"), BY, T0.plusSeconds(180));

        assertThat(order.status()).isEqualTo(Order.Status.SHIPPED);
        assertThat(order.nextStep()).isEqualTo(Order.NextStep.TO_HAND_OVER);
    }

    @Test
    void a_delivery_corrected_into_transit_puts_the_order_back_with_the_carrier() {
        Order order = answeredOrder();
        Shipment all = order.ship(CARRIER, 1, BY, T0);
        order.record(all.id(), event("pu", Shipment.EventType.PICKED_UP, 1, null), BY);
        order.record(all.id(), event("dl", Shipment.EventType.DELIVERED, 2, null), BY);
        assertThat(order.nextStep()).isEqualTo(Order.NextStep.DELIVERED);

        order.correct(all.id(), event("fix", Shipment.EventType.IN_TRANSIT, 3, "dl"), BY, T0.plusSeconds(180));

        assertThat(order.status()).isEqualTo(Order.Status.SHIPPED);
        assertThat(order.nextStep()).isEqualTo(Order.NextStep.WITH_CARRIER);
    }

    @Test
    void more_than_is_left_of_a_line_is_refused_on_its_quantity_and_nothing_changes() {
        Order order = answeredOrder();
        order.ship(CARRIER, 1, List.of(new Order.LineQuantity(2, 1)), BY, T0);
        assertThatThrownBy(() -> order.ship(CARRIER, 1, List.of(new Order.LineQuantity(1, 1), new Order.LineQuantity(2, 2)), BY, T0))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.errors()).hasSize(1);
                    assertThat(refused.errors().getFirst().code()).isEqualTo(UserErrorCode.EXCEEDS_AVAILABLE);
                    assertThat(String.join(".", refused.errors().getFirst().field())).isEqualTo("input.lines.1.quantity");
                });
        assertThat(order.shipments()).hasSize(1);
        assertThat(order.lines()).extracting(OrderLine::leftToShip).containsExactly(4, 1);
    }

    @Test
    void an_order_handed_over_before_quantities_counted_is_taken_as_handed_over_in_full() {
        Order order = answeredOrder();
        Shipment legacy = order.ship(CARRIER, 1, BY, T0);
        order.record(legacy.id(), new Shipment.Event("pu", Shipment.EventType.PICKED_UP, T0, null, null, null, T0, "c"), BY);
        // As stored then, picked up: no next step, no contents, no handed-over units.
        org.springframework.test.util.ReflectionTestUtils.setField(order, "nextStep", null);
        org.springframework.test.util.ReflectionTestUtils.setField(order, "handOvers", null);
        org.springframework.test.util.ReflectionTestUtils.setField(order, "lines", order.lines().stream()
                .map(line -> new OrderLine(line.line(), line.sku(), line.name(), line.quantity(), line.unitPrice(),
                        line.confirmedQuantity(), line.promisedDate(), line.reason())).toList());

        assertThat(order.facts().leftToShip()).isFalse();
        assertThat(order.nextStep()).isEqualTo(Order.NextStep.WITH_CARRIER);
        Instant at = T0.plusSeconds(60);
        order.record(legacy.id(), new Shipment.Event("dl", Shipment.EventType.DELIVERED, at, null, "M. Rossi", null, at, "c"), BY);
        assertThat(order.status()).isEqualTo(Order.Status.DELIVERED);
        assertThat(order.handOvers()).containsExactly(new Order.HandOver(legacy.id(),
                List.of(new Order.LineQuantity(1, 4), new Order.LineQuantity(2, 2))));
    }
}
