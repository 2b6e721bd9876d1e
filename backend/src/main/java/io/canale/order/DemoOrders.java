package io.canale.order;

import io.canale.security.Caller;
import io.canale.security.PartnerRole;
import io.canale.security.Scopes;
import io.canale.shared.PartnerType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Demo orders in every state, worked through the same service calls the three parties make, so their
 * timelines read as if dealers, suppliers and the carrier had done it (demo profile only, into an empty store).
 * They are all placed at start-up, so each step happens then, in order: a supplier promises the requested date (or a
 * later one, never before the order), and goods are picked up and delivered after the promise, never before the order.
 */
@Component
@Profile("demo")
@Order(5)
class DemoOrders implements ApplicationRunner {

    private static final String ROSSI = "ptn_rossi_auto";
    private static final String BIANCHI = "ptn_bianchi_moto";
    private static final String FERRI = "ptn_ferri_componenti";
    private static final String GALLO = "ptn_gallo_ricambi";
    private static final String VELOCE = "ptn_veloce_logistica";

    private final Orders orders;
    private final Shipments shipments;
    private final MongoOperations mongo;
    private final Clock clock;

    DemoOrders(Orders orders, Shipments shipments, MongoOperations mongo, Clock clock) {
        this.orders = orders;
        this.shipments = shipments;
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (mongo.exists(new Query(), io.canale.order.Order.class)) {
            return;
        }
        Caller rossi = party("dealer@canale.demo", ROSSI, PartnerType.DEALER);
        Caller bianchi = party("dealer2@canale.demo", BIANCHI, PartnerType.DEALER);
        Caller ferri = party("supplier@canale.demo", FERRI, PartnerType.SUPPLIER);
        Caller gallo = party("supplier2@canale.demo", GALLO, PartnerType.SUPPLIER);
        Caller veloce = party("carrier@canale.demo", VELOCE, PartnerType.CARRIER);

        // Waiting for the suppliers: one submission split into a Ferri and a Gallo order.
        submit(rossi, "demo-1", 10, new Orders.LineRequest("FRN-PAD-001", 20), new Orders.LineRequest("BAT-12V-070", 6));
        // Confirmed in full, not shipped yet.
        var confirmed = submit(rossi, "demo-2", 12, new Orders.LineRequest("FLT-OIL-010", 40)).getFirst();
        confirmed = answerAll(ferri, confirmed, null);
        // Partly confirmed: the supplier is short of tyres.
        var partial = submit(bianchi, "demo-3", 14, new Orders.LineRequest("TYR-205-55", 16)).getFirst();
        orders.answer(gallo, partial.id(), version(partial),
                List.of(new io.canale.order.Order.LineAnswer(1, 8, partial.requestedDate(), "the other 8 come with the next batch, in about three weeks")));
        // Rejected.
        var rejected = submit(bianchi, "demo-4", 9, new Orders.LineRequest("FRN-DSC-002", 30)).getFirst();
        orders.answer(ferri, rejected.id(), version(rejected),
                List.of(new io.canale.order.Order.LineAnswer(1, 0, null, "discs discontinued for this model")));
        // Cancelled by the dealer before the answer.
        var cancelled = submit(rossi, "demo-5", 8, new Orders.LineRequest("LMP-LED-H7", 50)).getFirst();
        orders.cancel(rossi, cancelled.id(), version(cancelled), "customer changed the model");
        // Handed to the carrier, waiting for pick-up.
        var ready = answerAll(gallo, submit(rossi, "demo-6", 7, new Orders.LineRequest("LMP-LED-H7", 24)).getFirst(), null);
        shipments.ship(gallo, ready.id(), version(ready), VELOCE, 2);
        // On its way.
        var shipped = answerAll(ferri, submit(bianchi, "demo-7", 5, new Orders.LineRequest("FRN-PAD-001", 12)).getFirst(), null);
        shipped = shipments.ship(ferri, shipped.id(), version(shipped), VELOCE, 1);
        String inTransit = shipped.shipments().getFirst().id();
        shipments.record(veloce, inTransit, "demo-7-pu", Shipment.EventType.PICKED_UP, null, null, null, null);
        shipments.record(veloce, inTransit, "demo-7-it", Shipment.EventType.IN_TRANSIT, null, "Hub Verona", null, null);
        // Delivered.
        var delivered = answerAll(gallo, submit(rossi, "demo-8", 3, new Orders.LineRequest("BAT-12V-070", 4)).getFirst(), null);
        delivered = shipments.ship(gallo, delivered.id(), version(delivered), VELOCE, 1);
        String done = delivered.shipments().getFirst().id();
        shipments.record(veloce, done, "demo-8-pu", Shipment.EventType.PICKED_UP, null, null, null, null);
        shipments.record(veloce, done, "demo-8-dl", Shipment.EventType.DELIVERED, null, null, "M. Rossi", null);
        // Delivered from Ferri: brake pads the demo service cases send back for inspection (DemoServiceCases).
        var pads = answerAll(ferri, submit(rossi, "demo-9", 2, new Orders.LineRequest("FRN-PAD-001", 10)).getFirst(), null);
        pads = shipments.ship(ferri, pads.id(), version(pads), VELOCE, 1);
        String padsShipment = pads.shipments().getFirst().id();
        shipments.record(veloce, padsShipment, "demo-9-pu", Shipment.EventType.PICKED_UP, null, null, null, null);
        shipments.record(veloce, padsShipment, "demo-9-dl", Shipment.EventType.DELIVERED, null, null, "M. Rossi", null);
    }

    private List<io.canale.order.Order> submit(Caller dealer, String key, int daysAhead, Orders.LineRequest... lines) {
        return orders.submit(dealer, List.of(lines), date(daysAhead), new OrderParties.DeliveryAddress(
                        dealer.partnerId().equals(ROSSI) ? "Rossi Auto – magazzino" : "Bianchi Moto", "Via Roma 1",
                        dealer.partnerId().equals(ROSSI) ? "20121" : "37121",
                        dealer.partnerId().equals(ROSSI) ? "Milano" : "Verona", "IT"),
                new OrderParties.EndCustomer("Laura Neri", "laura.neri@example.com", "+39 02 555 0199"), key, Locale.ITALIAN);
    }

    /** Confirms every line in full for the given date (or the date the dealer asked for). */
    private io.canale.order.Order answerAll(Caller supplier, io.canale.order.Order order, String promisedDate) {
        List<io.canale.order.Order.LineAnswer> answers = order.lines().stream()
                .map(line -> new io.canale.order.Order.LineAnswer(line.line(), line.quantity(),
                        promisedDate == null ? order.requestedDate() : promisedDate, null))
                .toList();
        return orders.answer(supplier, order.id(), version(order), answers);
    }

    private String date(int daysAhead) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(daysAhead).toString();
    }

    private static Integer version(io.canale.order.Order order) {
        return order.version().intValue();
    }

    private static Caller party(String subject, String partnerId, PartnerType type) {
        return new Caller(subject, Caller.Kind.USER, partnerId, type, Set.of(PartnerRole.ADMIN),
                Set.of(Scopes.ORDERS_READ, Scopes.ORDERS_WRITE));
    }
}
