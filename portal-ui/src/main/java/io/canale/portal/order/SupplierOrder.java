package io.canale.portal.order;

import java.util.List;

/**
 * An order as its supplier answers and ships it. The end customer is null for suppliers (the API keeps it
 * from them); staff, who read the same screen, may see it.
 */
record SupplierOrder(String id, OrderStatus status, BoardShipment.PartnerRef dealer, String requestedDate,
        BoardShipment.DeliveryAddress deliveryAddress, EndCustomer endCustomer, List<Line> lines, List<BoardShipment> shipments,
        int version) {

    record Line(int line, String sku, String name, int quantity, Integer confirmedQuantity, String promisedDate,
            String reason) {
    }

    record EndCustomer(String name) {
    }

    SupplierOrder {
        lines = lines == null ? List.of() : List.copyOf(lines);
        shipments = shipments == null ? List.of() : List.copyOf(shipments);
    }

    int orderedUnits() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }
}
