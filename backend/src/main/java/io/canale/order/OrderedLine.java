package io.canale.order;

import java.time.Instant;
import java.util.List;

/**
 * One line of an order as other capabilities may know it (a service case links to it): who ordered what from whom,
 * and when the order's goods arrived. {@code deliveredAt} is the first delivery among the order's shipments (a
 * shipment carries the order's goods, not given lines), null before any delivery.
 */
public record OrderedLine(String orderId, int line, String dealerId, String supplierId, String sku, String name, int quantity,
        Instant deliveredAt, List<String> carrierIds) {
}
