package io.canale.stock;

import io.canale.order.OrderDemand;
import io.canale.partner.PartnerDirectory;
import io.canale.partner.PartnerRef;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.InvalidInputException;
import io.canale.shared.UserErrorCode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Demand signals and low-stock alerts for suppliers and staff, aggregated from dealers' open orders.
 * Suppliers never learn which dealer wants what.
 */
@Controller
class DemandSignals {

    record DealerDemand(PartnerRef dealer, int quantity) {
    }

    record DemandSignal(String sku, String week, int quantity, List<DealerDemand> dealers) {
    }

    record LowStockAlert(String sku, long available, int demand, long shortfall, String nextBatchEta) {
    }

    private final OrderDemand orders;
    private final StockSignals stock;
    private final PartnerDirectory partners;
    private final AccessPolicy policy;
    private final Clock clock;

    DemandSignals(OrderDemand orders, StockSignals stock, PartnerDirectory partners, AccessPolicy policy, Clock clock) {
        this.orders = orders;
        this.stock = stock;
        this.partners = partners;
        this.policy = policy;
        this.clock = clock;
    }

    @QueryMapping
    List<DemandSignal> demand(@Argument Integer weeks) {
        Caller caller = policy.caller();
        String supplierId = policy.demandScope(caller).orElse(null);
        List<OrderDemand.OpenLine> lines = orders.openLines(supplierId, weekStart(), weekStart().plusWeeks(checked(weeks, 8)).minusDays(1));
        Map<String, Map<String, Map<String, Integer>>> bySkuWeekDealer = new TreeMap<>();
        for (OrderDemand.OpenLine line : lines) {
            bySkuWeekDealer.computeIfAbsent(line.sku(), sku -> new TreeMap<>())
                    .computeIfAbsent(week(line.requestedDate()), week -> new LinkedHashMap<>())
                    .merge(line.dealerId(), line.quantity(), Integer::sum);
        }
        boolean staff = policy.seesCrossPartnerDetails(caller);
        Set<String> dealerIds = new HashSet<>();
        if (staff) {
            lines.forEach(line -> dealerIds.add(line.dealerId()));
        }
        Map<String, String> names = dealerIds.isEmpty() ? Map.of() : partners.namesOf(dealerIds);
        List<DemandSignal> signals = new ArrayList<>();
        bySkuWeekDealer.forEach((sku, byWeek) -> byWeek.forEach((week, dealers) -> {
            int total = dealers.values().stream().mapToInt(Integer::intValue).sum();
            List<DealerDemand> breakdown = !staff ? List.of() : dealers.entrySet().stream()
                    .map(entry -> new DealerDemand(new PartnerRef(entry.getKey(), names.getOrDefault(entry.getKey(), "?")), entry.getValue()))
                    .toList();
            signals.add(new DemandSignal(sku, week, total, breakdown));
        }));
        return signals;
    }

    @QueryMapping
    List<LowStockAlert> lowStockAlerts(@Argument Integer weeks) {
        Caller caller = policy.caller();
        String supplierId = policy.demandScope(caller).orElse(null);
        Map<String, Integer> demand = new TreeMap<>();
        orders.openLines(supplierId, weekStart(), weekStart().plusWeeks(checked(weeks, 4)).minusDays(1))
                .forEach(line -> demand.merge(line.sku(), line.quantity(), Integer::sum));
        Map<String, StockLevel> levels = stock.levelsOf(demand.keySet());
        List<LowStockAlert> alerts = new ArrayList<>();
        demand.forEach((sku, wanted) -> {
            StockLevel level = levels.get(sku);
            long available = level == null ? 0 : level.available();
            if (available < wanted) {
                alerts.add(new LowStockAlert(sku, available, wanted, wanted - available, level == null ? null : level.nextBatchEta()));
            }
        });
        alerts.sort(Comparator.comparingLong(LowStockAlert::shortfall).reversed());
        return alerts;
    }

    private LocalDate weekStart() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static int checked(Integer weeks, int fallback) {
        int value = weeks == null ? fallback : weeks;
        if (value < 1 || value > 26) {
            throw new InvalidInputException("weeks", UserErrorCode.INVALID, "between 1 and 26");
        }
        return value;
    }

    private static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
