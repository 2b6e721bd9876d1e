package io.canale.portal.order;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import io.canale.portal.DateTimes;

/**
 * What an order's row cannot show: each line with the supplier's answer, the shipments, and the end
 * customer when the reader may see it (never a supplier).
 */
class SupplierOrderDetails extends Div {

    SupplierOrderDetails(Order order) {
        addClassName("supplier-order-details");
        setId("supplier-order-details-" + order.id());
        UnorderedList lines = new UnorderedList();
        order.lines().forEach(line -> lines.add(new ListItem(lineText(line))));
        add(lines);
        if (!order.shipments().isEmpty()) {
            UnorderedList shipments = new UnorderedList();
            order.shipments().forEach(shipment -> shipments.add(new ListItem(getTranslation("supplierOrders.shipment",
                    shipment.carrier().name(), shipment.packages(), getTranslation("shipmentStatus." + shipment.status())))));
            add(shipments);
        }
        if (order.endCustomer() != null) {
            add(new Div(getTranslation("supplierOrders.endCustomer", order.endCustomer().name())));
        }
    }

    private String lineText(OrderLine line) {
        String text = getTranslation("supplierOrders.line", line.line(), line.sku(), line.name(), line.quantity());
        if (line.confirmedQuantity() != null) {
            text += " · " + getTranslation("supplierOrders.lineAnswer", line.confirmedQuantity(),
                    DateTimes.format(line.promisedDate(), getLocale()));
        }
        if (line.reason() != null) {
            text += " · " + line.reason();
        }
        if (line.handedOverQuantity() != null && line.confirmedQuantity() != null && line.confirmedQuantity() > 0) {
            text += " · " + getTranslation("supplierOrders.lineHandedOver", line.handedOverQuantity(), line.confirmedQuantity());
        }
        return text;
    }
}
