package io.canale.portal.order;

import io.canale.portal.api.SchemaType;

/**
 * Where an order is in its life; labels are the {@code orderStatus.*} messages (the supplier's screen words
 * some of them for the supplier: {@code supplierOrderStatus.*}). What may be done with an order in a status is
 * the order's {@code viewerCan}, not the portal's to derive.
 */
@SchemaType
enum OrderStatus {
    SUBMITTED, CONFIRMED, PARTIALLY_CONFIRMED, REJECTED, CANCELLED, SHIPPED, DELIVERED
}
