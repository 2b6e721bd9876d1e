package io.canale.portal.stock;

import java.util.List;

/**
 * Demand of the coming weeks and the SKUs that will run short, as one answer.
 *
 * @param demand quantity per SKU and ISO week; {@code dealers} is empty for suppliers
 * @param lowStockAlerts SKUs whose available stock is below that demand
 */
record DemandBoard(List<DemandSignal> demand, List<LowStockAlert> lowStockAlerts) {

    /** {@code quantity} is {@code ordered} (open orders) plus {@code forecast} (weighted open opportunities). */
    record DemandSignal(String sku, String week, int quantity, int ordered, int forecast, List<DealerDemand> dealers) {

        DemandSignal {
            dealers = dealers == null ? List.of() : List.copyOf(dealers);
        }
    }

    record DealerDemand(Dealer dealer, int quantity, int ordered, int forecast) {
    }

    record Dealer(String id, String name) {
    }

    record LowStockAlert(String sku, long available, int demand, long shortfall, String nextBatchEta) {
    }

    DemandBoard {
        demand = demand == null ? List.of() : List.copyOf(demand);
        lowStockAlerts = lowStockAlerts == null ? List.of() : List.copyOf(lowStockAlerts);
    }
}
