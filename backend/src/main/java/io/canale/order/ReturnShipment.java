package io.canale.order;

/**
 * A shipment carrying goods of one order back to its supplier under a return authorisation (RMA), as the service
 * capability knows it: whose it is and whether it arrived.
 */
public record ReturnShipment(String orderId, String shipmentId, String carrierId, String rmaNumber, boolean delivered) {

    static ReturnShipment of(Order order, Shipment shipment) {
        return new ReturnShipment(order.id(), shipment.id(), shipment.carrierId(), shipment.rmaNumber(), shipment.delivered());
    }
}
