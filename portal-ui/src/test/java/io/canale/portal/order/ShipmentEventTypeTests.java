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
        return shipment(status, new ShipmentActions(true, List.of(IN_TRANSIT, DELIVERED, EXCEPTION), false, List.of(), false), events);
    }

    private static Shipment shipment(Shipment.Status status, ShipmentActions viewerCan, ShipmentEventType... events) {
        List<Shipment.Event> history = Arrays.stream(events)
                .map(type -> new Shipment.Event("e-" + type, type, Instant.EPOCH, null, null, null, null, null, null)).toList();
        return new Shipment("shp_1", "ord_1", "2026-000001", new PartnerRef("ptn_veloce", "Veloce"), 2,
                new Order.DeliveryAddress("Rossi Auto", "Via Roma 1", "20100", "Milano", "IT"), LocalDate.of(2027, 1, 15),
                status, history, viewerCan, null, null, null);
    }

    @Test
    void the_events_offered_are_the_ones_the_api_lets_the_reader_report_in_its_order() {
        assertThat(shipment(Shipment.Status.READY, new ShipmentActions(true, List.of(PICKED_UP, EXCEPTION), false, List.of(), false)).legalEvents())
                .containsExactly(PICKED_UP, EXCEPTION);
        assertThat(shipment(Shipment.Status.IN_TRANSIT, PICKED_UP).legalEvents()).containsExactly(IN_TRANSIT, DELIVERED, EXCEPTION);
    }

    @Test
    void nothing_is_offered_where_the_api_offers_nothing() {
        assertThat(shipment(Shipment.Status.DELIVERED, new ShipmentActions(false, List.of(), false, List.of(), false), PICKED_UP, DELIVERED)
                .legalEvents()).isEmpty();
        assertThat(shipment(Shipment.Status.READY, new ShipmentActions(false, null, false, List.of(), false)).legalEvents()).isEmpty();
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
        Shipment.Event delivered = new Shipment.Event("e", DELIVERED, Instant.EPOCH, null, "Mario Rossi", null, null, null, null);

        assertThat(delivered.detail()).isEqualTo("Mario Rossi");
        assertThat(shipment(Shipment.Status.READY).lastEvent()).isNull();
        assertThat(shipment(Shipment.Status.IN_TRANSIT, PICKED_UP, IN_TRANSIT).lastEvent().type()).isEqualTo(IN_TRANSIT);
    }

    @Test
    void a_corrected_event_is_not_the_last_event_its_correction_is_and_corrections_are_offered_only_when_allowed() {
        List<Shipment.Event> history = List.of(
                new Shipment.Event("p", PICKED_UP, Instant.EPOCH, null, null, null, null, null, null),
                new Shipment.Event("d", DELIVERED, Instant.EPOCH, null, "M. Rossi", null, null, null, "c"),
                new Shipment.Event("c", IN_TRANSIT, Instant.EPOCH, "Hub", null, null, null, "d", null));
        Shipment corrected = new Shipment("shp_1", "ord_1", "2026-000001", new PartnerRef("ptn_veloce", "Veloce"), 2,
                new Order.DeliveryAddress("Rossi Auto", "Via Roma 1", "20100", "Milano", "IT"), LocalDate.of(2027, 1, 15),
                Shipment.Status.IN_TRANSIT, history, new ShipmentActions(true, List.of(DELIVERED), false, List.of(IN_TRANSIT), false),
                null, null, null);

        assertThat(corrected.lastEvent().eventId()).isEqualTo("c");
        assertThat(history.get(1).corrected()).isTrue();
        assertThat(corrected.correctionEvents()).as("not offered without correctLastEvent").isEmpty();
    }
}
