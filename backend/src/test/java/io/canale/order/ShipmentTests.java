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

    private static Shipment.Event windowed(String id, Shipment.EventType type, int second, String corrects) {
        return new Shipment.Event(id, type, T0.plusSeconds(second), null, "M. Rossi", "wait", T0.plusSeconds(second), "carrier",
                corrects, T0.plusSeconds(900));
    }

    @Test
    void a_correction_replaces_the_last_event_in_the_status_while_both_stay_recorded() {
        Shipment delivered = new Shipment("shp", "ptn_veloce", 1, T0, List.of())
                .with(windowed("p", Shipment.EventType.PICKED_UP, 1, null)).with(windowed("d", Shipment.EventType.DELIVERED, 2, null));
        assertThat(delivered.correctionEvents()).containsExactly(Shipment.EventType.IN_TRANSIT, Shipment.EventType.DELIVERED,
                Shipment.EventType.EXCEPTION);
        Shipment corrected = delivered.correctedBy(windowed("c", Shipment.EventType.IN_TRANSIT, 2, "d"), T0.plusSeconds(60));
        assertThat(corrected.events()).extracting(Shipment.Event::eventId).containsExactly("p", "d", "c");
        assertThat(corrected.status()).isEqualTo(Shipment.Status.IN_TRANSIT);
        assertThat(corrected.correctionOf("d")).isEqualTo("c");
        assertThat(corrected.nextEvents()).contains(Shipment.EventType.DELIVERED);
        assertThat(corrected.lastEffectiveEvent().eventId()).isEqualTo("c");
    }

    @Test
    void only_the_last_event_is_corrected_within_its_window_into_an_event_legal_before_it() {
        Shipment picked = new Shipment("shp", "ptn_veloce", 1, T0, List.of()).with(windowed("p", Shipment.EventType.PICKED_UP, 1, null))
                .with(windowed("t", Shipment.EventType.IN_TRANSIT, 2, null));
        assertThatThrownBy(() -> picked.correctedBy(windowed("c", Shipment.EventType.EXCEPTION, 2, "p"), T0))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.errors().getFirst().code()).isEqualTo(UserErrorCode.ILLEGAL_STATE));
        assertThatThrownBy(() -> picked.correctedBy(windowed("c", Shipment.EventType.EXCEPTION, 2, "t"), T0.plusSeconds(900)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.errors().getFirst().code()).isEqualTo(UserErrorCode.DEADLINE_PASSED));
        assertThatThrownBy(() -> picked.correctedBy(windowed("c", Shipment.EventType.PICKED_UP, 2, "t"), T0))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.errors().getFirst().code()).isEqualTo(UserErrorCode.ILLEGAL_STATE));
        assertThat(picked.correctedBy(windowed("c", Shipment.EventType.EXCEPTION, 2, "t"), T0.plusSeconds(899)).status())
                .isEqualTo(Shipment.Status.EXCEPTION);
    }

    @Test
    void a_pick_up_corrected_into_a_problem_is_no_pick_up_the_goods_wait_for_it_again() {
        Shipment picked = new Shipment("shp", "ptn_veloce", 1, T0, List.of()).with(windowed("p", Shipment.EventType.PICKED_UP, 1, null));
        assertThat(picked.correctionEvents()).containsExactly(Shipment.EventType.PICKED_UP, Shipment.EventType.EXCEPTION);
        Shipment problem = picked.correctedBy(windowed("c", Shipment.EventType.EXCEPTION, 1, "p"), T0.plusSeconds(60));
        assertThat(problem.pickedUp()).isFalse();
        assertThat(problem.nextEvents()).containsExactly(Shipment.EventType.PICKED_UP, Shipment.EventType.EXCEPTION);
        assertThat(problem.status()).isEqualTo(Shipment.Status.EXCEPTION);
    }
}
