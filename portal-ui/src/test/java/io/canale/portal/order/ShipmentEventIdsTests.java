package io.canale.portal.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.PartnerRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShipmentEventIdsTests {

    private final ShipmentEventIds ids = new ShipmentEventIds();

    @Test
    void a_tap_whose_call_has_not_succeeded_keeps_its_id_for_the_retry() {
        String first = ids.forTap("shp_1", ShipmentEventType.PICKED_UP);

        assertThat(ids.forTap("shp_1", ShipmentEventType.PICKED_UP)).isEqualTo(first);
        assertThat(first).matches("[0-9a-f-]{36}");
    }

    @Test
    void after_the_backend_recorded_the_event_the_next_tap_is_a_new_event() {
        String first = ids.forTap("shp_1", ShipmentEventType.IN_TRANSIT);
        ids.recorded("shp_1", ShipmentEventType.IN_TRANSIT);

        assertThat(ids.forTap("shp_1", ShipmentEventType.IN_TRANSIT)).isNotEqualTo(first);
    }

    @Test
    void each_shipment_and_event_has_its_own_id() {
        String pickUp = ids.forTap("shp_1", ShipmentEventType.PICKED_UP);

        assertThat(ids.forTap("shp_2", ShipmentEventType.PICKED_UP)).isNotEqualTo(pickUp);
        assertThat(ids.forTap("shp_1", ShipmentEventType.EXCEPTION)).isNotEqualTo(pickUp);
    }

    @Test
    void an_id_the_backend_recorded_while_the_answer_was_lost_is_settled_on_reload() {
        String lost = ids.forTap("shp_1", ShipmentEventType.IN_TRANSIT);
        Shipment reloaded = new Shipment("shp_1", "ord_1", "2026-000001", new PartnerRef("ptn_veloce", "Veloce"), 1,
                new Order.DeliveryAddress("Rossi Auto", "Via Roma 1", "20100", "Milano", "IT"), LocalDate.of(2027, 1, 15),
                Shipment.Status.IN_TRANSIT, List.of(
                        new Shipment.Event("other", ShipmentEventType.PICKED_UP, Instant.EPOCH, null, null, null, null, null, null),
                        new Shipment.Event(lost, ShipmentEventType.IN_TRANSIT, Instant.EPOCH, "Bologna", null, null, null, null, null)),
                new ShipmentActions(true, List.of(ShipmentEventType.PICKED_UP, ShipmentEventType.EXCEPTION), false, List.of(), false),
                null, null, null);

        ids.settle(reloaded);

        assertThat(ids.forTap("shp_1", ShipmentEventType.IN_TRANSIT)).isNotEqualTo(lost);
    }
}
