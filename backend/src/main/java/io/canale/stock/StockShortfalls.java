package io.canale.stock;

import io.canale.security.Caller;
import org.springframework.stereotype.Component;

/** A supplier's SKUs whose stock is below the demand of the coming weeks, as its low-stock alerts count them. */
@Component
public class StockShortfalls {

    /** The weeks of demand the home's figure weighs, as the demand view's alerts do by default. */
    static final int WEEKS = 4;

    private final DemandSignals demand;

    StockShortfalls(DemandSignals demand) {
        this.demand = demand;
    }

    public int skusBelowDemand(Caller caller) {
        return demand.lowStockAlerts(WEEKS, caller).size();
    }
}
