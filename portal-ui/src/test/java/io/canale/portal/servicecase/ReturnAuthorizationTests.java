package io.canale.portal.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.PartnerRef;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the return section reads from the API's return authorisation: orders still to ship, a line's inspection. */
class ReturnAuthorizationTests {

    static final ServiceCase.ReturnLine PADS = new ServiceCase.ReturnLine("ord_a", 1, "FRN-PAD-001", 2);
    static final ServiceCase.ReturnLine DISCS = new ServiceCase.ReturnLine("ord_a", 2, "FRN-DSC-002", 1);
    static final ServiceCase.ReturnLine BATTERY = new ServiceCase.ReturnLine("ord_b", 1, "BAT-12V-070", 1);

    @Test
    void orders_whose_goods_were_not_handed_to_a_carrier_are_still_to_ship_once_each() {
        ServiceCase.Return none = new ServiceCase.Return("RMA-2026-000001", Instant.EPOCH, List.of(PADS, DISCS, BATTERY), null, null);
        assertThat(none.ordersToShip()).containsExactly("ord_a", "ord_b");
        ServiceCase.Return one = new ServiceCase.Return("RMA-2026-000001", Instant.EPOCH, List.of(PADS, DISCS, BATTERY),
                List.of(new ServiceCase.ReturnShipment("ord_a", "shp_1", new PartnerRef("ptn_veloce", "Veloce"), null)), List.of());
        assertThat(one.ordersToShip()).containsExactly("ord_b");
    }

    @Test
    void a_line_has_its_own_inspection_or_none() {
        ServiceCase.Inspection pads = new ServiceCase.Inspection("ord_a", 1, 2, ServiceCase.Condition.DEFECTIVE, ServiceCase.Outcome.REPLACE,
                null, Instant.EPOCH, "ord_c");
        ServiceCase.Return rma = new ServiceCase.Return("RMA-2026-000001", Instant.EPOCH, List.of(PADS, DISCS), List.of(), List.of(pads));
        assertThat(rma.inspectionOf(PADS)).contains(pads);
        assertThat(rma.inspectionOf(DISCS)).as("same order, another line").isEmpty();
    }
}
