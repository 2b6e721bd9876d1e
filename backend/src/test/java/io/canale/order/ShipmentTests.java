package io.canale.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canale.shared.InvalidInputException;
import io.canale.shared.UserErrorCode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A shipment's events follow one order and stay few enough for the order document. */
class ShipmentTests {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    private static Shipment.Event event(int n, Shipment.EventType type) {
        return new Shipment.Event("e" + n, type, T0.plusSeconds(n), "Hub", "M. Rossi", "wait", T0.plusSeconds(n), "carrier");
    }

    @Test
    void events_follow_pick_up_then_transit_and_delivery() {
        Shipment ready = new Shipment("shp", "ptn_veloce", 1, T0, List.of());
        assertThat(ready.nextEvents()).containsExactly(Shipment.EventType.PICKED_UP, Shipment.EventType.EXCEPTION);
        Shipment picked = ready.with(event(1, Shipment.EventType.PICKED_UP));
        assertThat(picked.nextEvents()).containsExactly(Shipment.EventType.IN_TRANSIT, Shipment.EventType.DELIVERED,
                Shipment.EventType.EXCEPTION);
        assertThat(picked.with(event(2, Shipment.EventType.DELIVERED)).nextEvents()).isEmpty();
        assertThatThrownBy(() -> ready.with(event(1, Shipment.EventType.DELIVERED))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_shipment_near_its_event_limit_only_takes_the_delivery_and_never_grows_past_the_limit() {
        Shipment shipment = new Shipment("shp", "ptn_veloce", 1, T0, List.of()).with(event(0, Shipment.EventType.PICKED_UP));
        int n = 1;
        while (shipment.nextEvents().contains(Shipment.EventType.IN_TRANSIT)) {
            shipment = shipment.with(event(n++, Shipment.EventType.IN_TRANSIT));
        }
        Shipment nearlyFull = shipment;

        assertThat(nearlyFull.events()).hasSize(Shipment.MAX_EVENTS - 2);
        assertThat(nearlyFull.nextEvents()).containsExactly(Shipment.EventType.DELIVERED);
        int next = n;
        assertThatThrownBy(() -> nearlyFull.with(event(next, Shipment.EventType.IN_TRANSIT)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.errors().getFirst().code()).isEqualTo(UserErrorCode.TOO_MANY));
        Shipment delivered = nearlyFull.with(event(next, Shipment.EventType.DELIVERED));
        assertThat(delivered.events()).hasSize(Shipment.MAX_EVENTS - 1);
        assertThat(delivered.nextEvents()).isEmpty();
    }
}
