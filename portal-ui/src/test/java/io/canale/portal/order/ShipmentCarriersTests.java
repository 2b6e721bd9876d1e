package io.canale.portal.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShipmentCarriersTests {

    private static Shipment shipmentWith(String carrierId, String carrierName) {
        return new Shipment("shp_" + carrierId, "ord_1", new Shipment.PartnerRef(carrierId, carrierName), 1,
                new Shipment.DeliveryAddress("Rossi Auto", "Via Roma 1", "20100", "Milano", "IT"), "2027-01-15",
                Shipment.Status.READY, List.of());
    }

    @Test
    void carriersOfEarlierShipmentsAreOfferedOnceEachByNameOnOnePage() {
        Connection<Shipment.PartnerRef> known = ShipmentCarriers.knownFrom(List.of(shipmentWith("c2", "Veloce Logistica"),
                shipmentWith("c1", "Alpi Trasporti"), shipmentWith("c2", "Veloce Logistica")), "");

        assertThat(known.nodes()).extracting(Shipment.PartnerRef::name).containsExactly("Alpi Trasporti", "Veloce Logistica");
        assertThat(known.pageInfo().hasNextPage()).isFalse();
    }

    @Test
    void theSearchTextNarrowsThemIgnoringCase() {
        Connection<Shipment.PartnerRef> known = ShipmentCarriers.knownFrom(List.of(shipmentWith("c2", "Veloce Logistica"),
                shipmentWith("c1", "Alpi Trasporti")), " VELO");

        assertThat(known.nodes()).extracting(Shipment.PartnerRef::id).containsExactly("c2");
    }
}
