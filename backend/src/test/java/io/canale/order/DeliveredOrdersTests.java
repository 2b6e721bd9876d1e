package io.canale.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/** The orders delivered in a period are asked of the store by their delivery in it, not by everything before its end. */
class DeliveredOrdersTests {

    static final Instant FROM = Instant.parse("2027-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2027-04-01T00:00:00Z");

    @Test
    void a_period_s_deliveries_are_read_between_its_start_and_its_end() {
        assertThat(filterOf(orders -> orders.deliveredBetween(FROM, TO))).isEqualTo(new Document("status", Order.Status.DELIVERED)
                .append("timeline", new Document("$elemMatch", new Document("event", "ORDER_DELIVERED")
                        .append("at", new Document("$gte", FROM).append("$lt", TO)))));
    }

    @Test
    void a_dealer_s_deliveries_are_read_between_the_period_s_start_and_its_end() {
        Document filter = filterOf(orders -> orders.deliveredBetween("ptn_rossi_auto", FROM, TO));
        assertThat(filter.getString("dealerId")).isEqualTo("ptn_rossi_auto");
        assertThat(filter.get("timeline", Document.class).get("$elemMatch", Document.class).get("at"))
                .isEqualTo(new Document("$gte", FROM).append("$lt", TO));
    }

    private static Document filterOf(java.util.function.Consumer<DeliveredOrders> read) {
        MongoOperations mongo = mock(MongoOperations.class);
        when(mongo.find(any(Query.class), eq(Order.class))).thenReturn(List.of());
        read.accept(new DeliveredOrders(mongo));
        ArgumentCaptor<Query> query = ArgumentCaptor.forClass(Query.class);
        verify(mongo).find(query.capture(), eq(Order.class));
        return query.getValue().getQueryObject();
    }
}
