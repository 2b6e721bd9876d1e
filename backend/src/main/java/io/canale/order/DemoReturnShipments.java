package io.canale.order;

import io.canale.security.Caller;
import io.canale.security.PartnerRole;
import io.canale.security.Scopes;
import io.canale.shared.Ids;
import io.canale.shared.PartnerType;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * The carrier's events on the demo returns (demo profile only), recorded after the demo service cases sent goods of
 * the demo orders back: Gallo's batteries (demo-8) are on their way, Ferri's brake pads (demo-9) arrived and wait
 * for the supplier's inspection. Only return shipments without events are touched, so a restart records nothing twice.
 */
@Component
@Profile("demo")
@Order(7)
class DemoReturnShipments implements ApplicationRunner {

    private static final String ROSSI = "ptn_rossi_auto";
    private static final String FERRI = "ptn_ferri_componenti";
    private static final String GALLO = "ptn_gallo_ricambi";
    private static final String VELOCE = "ptn_veloce_logistica";

    private final Shipments shipments;
    private final MongoOperations mongo;

    DemoReturnShipments(Shipments shipments, MongoOperations mongo) {
        this.shipments = shipments;
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        Caller veloce = new Caller("carrier@canale.demo", Caller.Kind.USER, VELOCE, PartnerType.CARRIER, Set.of(PartnerRole.ADMIN),
                Set.of(Scopes.ORDERS_READ, Scopes.ORDERS_WRITE));
        for (Shipment shipment : unmovedReturns("demo-8", GALLO)) {
            shipments.record(veloce, shipment.id(), shipment.id() + "-pu", Shipment.EventType.PICKED_UP, null, null, null, null);
            shipments.record(veloce, shipment.id(), shipment.id() + "-it", Shipment.EventType.IN_TRANSIT, null, "Hub Bologna", null, null);
        }
        for (Shipment shipment : unmovedReturns("demo-9", FERRI)) {
            shipments.record(veloce, shipment.id(), shipment.id() + "-pu", Shipment.EventType.PICKED_UP, null, null, null, null);
            shipments.record(veloce, shipment.id(), shipment.id() + "-dl", Shipment.EventType.DELIVERED, null, null,
                    "Magazzino resi", null);
        }
    }

    /** Return shipments of Rossi's demo order (see {@link DemoOrders}) the carrier has not reported on yet. */
    private java.util.List<Shipment> unmovedReturns(String key, String supplierId) {
        io.canale.order.Order order = mongo.findById(Ids.derived("ord", Ids.derived("grp", ROSSI + ":" + key) + ":" + supplierId),
                io.canale.order.Order.class);
        return order == null ? java.util.List.of()
                : order.shipments().stream().filter(shipment -> shipment.returning() && shipment.events().isEmpty()).toList();
    }
}
