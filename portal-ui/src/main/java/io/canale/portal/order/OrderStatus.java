package io.canale.portal.order;

/** Where an order is in its life; labels are the {@code orderStatus.*} messages. */
enum OrderStatus {
    SUBMITTED, CONFIRMED, PARTIALLY_CONFIRMED, REJECTED, CANCELLED, SHIPPED, DELIVERED;

    /** Whether the dealer or staff may still cancel: only until the supplier has answered. */
    boolean cancellable() {
        return this == SUBMITTED;
    }
}
