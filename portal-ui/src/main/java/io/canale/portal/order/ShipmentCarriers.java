package io.canale.portal.order;

import io.canale.portal.api.CanaleApi;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The active carriers a supplier can hand goods to: a short list, filtered by name in the combo box. */
@Component
class ShipmentCarriers {

    private static final ParameterizedTypeReference<List<BoardShipment.PartnerRef>> CARRIERS = new ParameterizedTypeReference<>() {
    };

    private final CanaleApi api;

    ShipmentCarriers(CanaleApi api) {
        this.api = api;
    }

    List<BoardShipment.PartnerRef> all() {
        return api.execute("shipmentCarriers", Map.of(), "carriers", CARRIERS);
    }
}
