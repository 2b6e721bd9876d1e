package io.canale.portal.order;

import static io.canale.portal.order.ShipmentEventType.DELIVERED;
import static io.canale.portal.order.ShipmentEventType.EXCEPTION;
import static io.canale.portal.order.ShipmentEventType.IN_TRANSIT;
import static io.canale.portal.order.ShipmentEventType.PICKED_UP;
import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.PartnerRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShipmentEventTypeTests {

    private static Shipment shipment(Shipment.Status status, ShipmentEventType... events) {
        List<Shipment.Event> history = Arrays.stream(events)
                .map(type -> new Shipment.Event("e-" + type, type, Instant.EPOCH, null, null, null)).toList();
        return new Shipment("shp_1", "ord_1", new PartnerRef("ptn_veloce", "Veloce"), 2,
                new Order.DeliveryAddress("Rossi Auto", "Via Roma 1", "20100", "Milano", "IT"), LocalDate.of(2027, 1, 15),
                status, history, new ShipmentActions(true));
    }

    @Test
    void a_ready_shipment_can_be_picked_up_or_report_a_problem() {
        assertThat(shipment(Shipment.Status.READY).legalEvents()).containsExactly(PICKED_UP, EXCEPTION);
    }

    @Test
    void on_the_way_it_moves_on_is_delivered_or_reports_a_problem_but_is_not_picked_up_again() {
        assertThat(shipment(Shipment.Status.IN_TRANSIT, PICKED_UP).legalEvents())
                .containsExactly(IN_TRANSIT, DELIVERED, EXCEPTION);
        assertThat(shipment(Shipment.Status.IN_TRANSIT, PICKED_UP, IN_TRANSIT).legalEvents())
                .containsExactly(IN_TRANSIT, DELIVERED, EXCEPTION);
    }

    @Test
    void after_a_problem_the_next_step_depends_on_whether_the_goods_were_picked_up() {
        assertThat(shipment(Shipment.Status.EXCEPTION, EXCEPTION).legalEvents()).containsExactly(PICKED_UP, EXCEPTION);
        assertThat(shipment(Shipment.Status.EXCEPTION, PICKED_UP, EXCEPTION).legalEvents())
                .containsExactly(IN_TRANSIT, DELIVERED, EXCEPTION);
    }

    @Test
    void nothing_follows_delivery() {
        assertThat(shipment(Shipment.Status.DELIVERED, PICKED_UP, DELIVERED).legalEvents()).isEmpty();
    }

    @Test
    void delivery_and_problems_ask_for_a_required_detail_the_location_is_optional() {
        assertThat(PICKED_UP.detail).isEqualTo(ShipmentEventType.Detail.NONE);
        assertThat(IN_TRANSIT.detail.required).isFalse();
        assertThat(DELIVERED.detail.required).isTrue();
        assertThat(EXCEPTION.detail.required).isTrue();
    }

    @Test
    void the_last_event_says_what_happened_with_its_detail() {
        Shipment.Event delivered = new Shipment.Event("e", DELIVERED, Instant.EPOCH, null, "Mario Rossi", null);

        assertThat(delivered.detail()).isEqualTo("Mario Rossi");
        assertThat(shipment(Shipment.Status.READY).lastEvent()).isNull();
        assertThat(shipment(Shipment.Status.IN_TRANSIT, PICKED_UP, IN_TRANSIT).lastEvent().type()).isEqualTo(IN_TRANSIT);
    }
}
