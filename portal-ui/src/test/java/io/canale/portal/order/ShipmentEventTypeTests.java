package io.canale.portal.order;

import static io.canale.portal.order.ShipmentEventType.DELIVERED;
import static io.canale.portal.order.ShipmentEventType.EXCEPTION;
import static io.canale.portal.order.ShipmentEventType.IN_TRANSIT;
import static io.canale.portal.order.ShipmentEventType.PICKED_UP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShipmentEventTypeTests {

    private static BoardShipment shipment(BoardShipment.Status status, ShipmentEventType... events) {
        List<BoardShipment.Event> history = java.util.Arrays.stream(events)
                .map(type -> new BoardShipment.Event("e-" + type, type, Instant.EPOCH, null, null, null)).toList();
        return new BoardShipment("shp_1", "ord_1", new BoardShipment.PartnerRef("ptn_veloce", "Veloce"), 2,
                new BoardShipment.DeliveryAddress("Rossi Auto", "Via Roma 1", "20100", "Milano", "IT"), "2027-01-15", status,
                history);
    }

    @Test
    void aReadyShipmentCanBePickedUpOrReportAProblem() {
        assertThat(shipment(BoardShipment.Status.READY).legalEvents()).containsExactly(PICKED_UP, EXCEPTION);
    }

    @Test
    void onTheWayItMovesOnIsDeliveredOrReportsAProblemButIsNotPickedUpAgain() {
        assertThat(shipment(BoardShipment.Status.IN_TRANSIT, PICKED_UP).legalEvents())
                .containsExactly(IN_TRANSIT, DELIVERED, EXCEPTION);
        assertThat(shipment(BoardShipment.Status.IN_TRANSIT, PICKED_UP, IN_TRANSIT).legalEvents())
                .containsExactly(IN_TRANSIT, DELIVERED, EXCEPTION);
    }

    @Test
    void afterAProblemTheNextStepDependsOnWhetherTheGoodsWerePickedUp() {
        assertThat(shipment(BoardShipment.Status.EXCEPTION, EXCEPTION).legalEvents()).containsExactly(PICKED_UP, EXCEPTION);
        assertThat(shipment(BoardShipment.Status.EXCEPTION, PICKED_UP, EXCEPTION).legalEvents())
                .containsExactly(IN_TRANSIT, DELIVERED, EXCEPTION);
    }

    @Test
    void nothingFollowsDelivery() {
        assertThat(shipment(BoardShipment.Status.DELIVERED, PICKED_UP, DELIVERED).legalEvents()).isEmpty();
    }

    @Test
    void deliveryAndProblemsAskForARequiredDetailTheLocationIsOptional() {
        assertThat(PICKED_UP.detail).isEqualTo(ShipmentEventType.Detail.NONE);
        assertThat(IN_TRANSIT.detail.required).isFalse();
        assertThat(DELIVERED.detail.required).isTrue();
        assertThat(EXCEPTION.detail.required).isTrue();
    }

    @Test
    void theLastEventSaysWhatHappenedWithItsDetail() {
        BoardShipment.Event delivered = new BoardShipment.Event("e", DELIVERED, Instant.EPOCH, null, "Mario Rossi", null);

        assertThat(delivered.detail()).isEqualTo("Mario Rossi");
        assertThat(shipment(BoardShipment.Status.READY).lastEvent()).isNull();
        assertThat(shipment(BoardShipment.Status.IN_TRANSIT, PICKED_UP, IN_TRANSIT).lastEvent().type()).isEqualTo(IN_TRANSIT);
    }
}
