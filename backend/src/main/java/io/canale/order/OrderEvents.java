package io.canale.order;

/**
 * What happened to orders, published after the change is stored, for features that react to them (stock
 * signals, trigger rules). Past tense; ids only, so listeners read what they may see through the services.
 */
public final class OrderEvents {

    private OrderEvents() {
    }

    /** A dealer's order reached its supplier (one per supplier of a split submission). */
    public record OrderSubmitted(String orderId, String groupId, String dealerId, String supplierId) {
    }

    /** The supplier answered every line: {@code status} is CONFIRMED, PARTIALLY_CONFIRMED or REJECTED. */
    public record OrderAnswered(String orderId, String dealerId, String supplierId, String status) {
    }

    /** The dealer or staff cancelled an order before the supplier answered. */
    public record OrderCancelled(String orderId, String dealerId, String supplierId) {
    }

    /** The supplier handed goods of the order to a carrier. */
    public record ShipmentHandedOver(String orderId, String shipmentId, String carrierId) {
    }

    /** The first pick-up: the order is on its way. */
    public record OrderShipped(String orderId, String dealerId, String supplierId) {
    }

    /** Every shipment of the order was delivered. */
    public record OrderDelivered(String orderId, String dealerId, String supplierId) {
    }

    /** The dealer handed goods of the order back to a carrier under a return authorisation. */
    public record ReturnHandedOver(String orderId, String shipmentId, String carrierId, String rmaNumber) {
    }

    /** Returned goods reached the supplier; the order's own status does not change. */
    public record ReturnDelivered(String orderId, String shipmentId, String rmaNumber) {
    }
}
