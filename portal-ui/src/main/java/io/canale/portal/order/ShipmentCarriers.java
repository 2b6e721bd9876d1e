package io.canale.portal.order;

import io.canale.portal.api.Connection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The carriers a supplier can hand goods to, searched by name. The partner directory lists carriers to
 * staff only (a supplier sees its own partner and the manufacturer there), so when it finds none the
 * carriers of the reader's earlier shipments stand in, until the API lists active carriers to suppliers.
 */
@Component
class ShipmentCarriers {

    private final SupplierOrdersApi orders;
    private final ShipmentsApi shipments;

    ShipmentCarriers(SupplierOrdersApi orders, ShipmentsApi shipments) {
        this.orders = orders;
        this.shipments = shipments;
    }

    Connection<Shipment.PartnerRef> search(int first, String after, String text) {
        Connection<Shipment.PartnerRef> directory = orders.carriers(first, after, text);
        if (after != null || !directory.edges().isEmpty()) {
            return directory;
        }
        return knownFrom(shipments.newest(), text);
    }

    /** The distinct carriers of the shipments whose name contains the text (ignoring case), by name; one page. */
    static Connection<Shipment.PartnerRef> knownFrom(List<Shipment> shipments, String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<Connection.Edge<Shipment.PartnerRef>> edges = shipments.stream().map(Shipment::carrier)
                .collect(Collectors.toMap(Shipment.PartnerRef::id, Function.identity(), (first, same) -> first))
                .values().stream()
                .filter(carrier -> carrier.name().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(Comparator.comparing(Shipment.PartnerRef::name))
                .map(carrier -> new Connection.Edge<>(carrier.id(), carrier))
                .toList();
        return new Connection<>(edges, new Connection.PageInfo(false, null));
    }
}
