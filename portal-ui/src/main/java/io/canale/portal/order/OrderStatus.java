package io.canale.portal.order;

/**
 * Where an order is in its life; labels are the {@code orderStatus.*} messages (the supplier's screen words
 * some of them for the supplier: {@code supplierOrderStatus.*}).
 */
enum OrderStatus {
    SUBMITTED, CONFIRMED, PARTIALLY_CONFIRMED, REJECTED, CANCELLED, SHIPPED, DELIVERED;

    /** Whether the dealer or staff may still cancel: only until the supplier has answered. */
    boolean cancellable() {
        return this == SUBMITTED;
    }

    /** Whether the supplier still owes its answer. */
    boolean awaitsAnswer() {
        return this == SUBMITTED;
    }

    /** The backend hands confirmed goods to carriers, also in further shipments once some have left. */
    boolean shippable() {
        return this == CONFIRMED || this == PARTIALLY_CONFIRMED || this == SHIPPED;
    }
}
