package io.canale.portal.stock;

import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.SchemaType;
import java.time.LocalDate;
import java.util.List;

/**
 * Demand of the coming weeks and the SKUs that will run short, as one answer of {@code stock/demandBoard} (two
 * fields of {@code Query}, not a schema type of its own).
 *
 * @param demand quantity per SKU and ISO week; {@code dealers} is empty when the caller may not see them
 * @param lowStockAlerts SKUs whose available stock is below that demand
 */
record DemandBoard(List<DemandSignal> demand, List<LowStockAlert> lowStockAlerts) {

    /** The API's {@code DemandSignal}: {@code quantity} is {@code ordered} (open orders) plus {@code forecast}. */
    @SchemaType
    record DemandSignal(String sku, String week, int quantity, int ordered, int forecast, List<DealerDemand> dealers) {

        DemandSignal {
            dealers = dealers == null ? List.of() : List.copyOf(dealers);
        }
    }

    /** The API's {@code DealerDemand}: one dealer's share of a signal. */
    @SchemaType
    record DealerDemand(PartnerRef dealer, int quantity, int ordered, int forecast) {
    }

    /** The API's {@code LowStockAlert}; {@code nextBatchEta} null when no batch is announced. */
    @SchemaType
    record LowStockAlert(String sku, int available, int demand, int shortfall, LocalDate nextBatchEta) {
    }

    DemandBoard {
        demand = demand == null ? List.of() : List.copyOf(demand);
        lowStockAlerts = lowStockAlerts == null ? List.of() : List.copyOf(lowStockAlerts);
    }
}
