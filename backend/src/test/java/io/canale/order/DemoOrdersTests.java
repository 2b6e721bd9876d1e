package io.canale.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The demo orders read as things that happened: nothing is picked up or delivered before the order was placed, and no
 * supplier promises a date before the order or after what the dealer asked for.
 */
class DemoOrdersTests extends IntegrationTestBase {

    @Autowired
    MongoOperations mongo;

    @Test
    void demo_orders_are_promised_and_delivered_after_they_were_placed() {
        // Seeded into the empty store at start-up: the oldest orders (nine submissions, one split in two).
        List<Order> demo = mongo.find(new Query().with(Sort.by("createdAt", "_id")).limit(10), Order.class);
        assertThat(demo).hasSize(10);
        assertThat(demo).flatMap(Order::shipments).as("demo shipments").isNotEmpty();
        for (Order order : demo) {
            LocalDate placed = LocalDate.ofInstant(order.createdAt(), ZoneOffset.UTC);
            for (OrderLine line : order.lines()) {
                if (line.promisedDate() != null) {
                    assertThat(LocalDate.parse(line.promisedDate())).as("promise of " + order.number())
                            .isAfterOrEqualTo(placed).isBeforeOrEqualTo(LocalDate.parse(order.requestedDate()));
                }
            }
            for (Shipment shipment : order.shipments()) {
                assertThat(shipment.events()).as("events of " + order.number())
                        .allSatisfy(event -> assertThat(event.occurredAt()).isAfterOrEqualTo(shipment.createdAt())
                                .isAfterOrEqualTo(order.createdAt()));
            }
        }
    }
}
