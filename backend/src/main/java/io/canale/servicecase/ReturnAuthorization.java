package io.canale.servicecase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A return authorised on a case (RMA): its number, the order lines and quantities that may go back, the shipments
 * carrying them back, and the supplier's inspection of each line with its outcome. Kept inside the case document.
 */
record ReturnAuthorization(String number, Instant authorizedAt, List<Line> lines, List<ShipmentRef> shipments,
        List<Inspection> inspections) {

    /** What a returned line's inspection decides. */
    enum Outcome { REFUND, REPLACE, REPAIR, REJECT }

    /** The state the goods arrived in. */
    enum Condition { UNOPENED, AS_NEW, USED, DAMAGED, DEFECTIVE }

    /** An authorised line: which goods, of which supplier, how many at most. */
    record Line(String orderId, int line, String sku, String supplierId, int quantity) {
    }

    /** A shipment of one order's goods back to the supplier. */
    record ShipmentRef(String orderId, String shipmentId, String carrierId) {
    }

    /** The supplier's receipt and inspection of one line; a replacement order when the outcome is REPLACE. */
    record Inspection(String orderId, int line, int receivedQuantity, Condition condition, Outcome outcome, String reason,
            Instant at, String by, String replacementOrderId) {

        Inspection replacedBy(String orderId) {
            return new Inspection(this.orderId, line, receivedQuantity, condition, outcome, reason, at, by, orderId);
        }
    }

    /** A line staff authorise to go back. */
    record Requested(String orderId, Integer line, Integer quantity) {
    }

    /** A line the supplier received and inspected. */
    record Inspected(String orderId, Integer line, Integer receivedQuantity, Condition condition, Outcome outcome, String reason) {
    }

    ReturnAuthorization {
        lines = lines == null ? List.of() : List.copyOf(lines);
        shipments = shipments == null ? List.of() : List.copyOf(shipments);
        inspections = inspections == null ? List.of() : List.copyOf(inspections);
    }

    Optional<Line> line(String orderId, int line) {
        return lines.stream().filter(l -> l.orderId().equals(orderId) && l.line() == line).findFirst();
    }

    boolean inspected(String orderId, int line) {
        return inspections.stream().anyMatch(i -> i.orderId().equals(orderId) && i.line() == line);
    }

    boolean awaitingInspection() {
        return lines.stream().anyMatch(line -> !inspected(line.orderId(), line.line()));
    }

    ReturnAuthorization withShipment(ShipmentRef shipment) {
        List<ShipmentRef> next = new ArrayList<>(shipments);
        next.add(shipment);
        return new ReturnAuthorization(number, authorizedAt, lines, next, inspections);
    }

    ReturnAuthorization withInspections(List<Inspection> next) {
        return new ReturnAuthorization(number, authorizedAt, lines, shipments, next);
    }
}
