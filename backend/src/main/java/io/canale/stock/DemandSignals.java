package io.canale.stock;

import io.canale.opportunity.OpportunityDemand;
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
 * Demand signals and low-stock alerts for suppliers and staff: what dealers have ordered and not received, plus
 * a forecast from their open opportunities (expected products weighted by the chance of winning). Suppliers
 * never learn which dealer wants what.
 */
@Controller
class DemandSignals {

    record DealerDemand(PartnerRef dealer, int quantity, int ordered, int forecast) {
    }

    record DemandSignal(String sku, String week, int quantity, int ordered, int forecast, List<DealerDemand> dealers) {
    }

    /** Ordered units and forecast hundredths of one SKU, week and dealer. */
    private static final class Tally {
        private int ordered;
        private long forecastHundredths;

        int forecast() {
            return units(forecastHundredths);
        }
    }

    record LowStockAlert(String sku, long available, int demand, long shortfall, String nextBatchEta) {
    }

    private final OrderDemand orders;
    private final OpportunityDemand opportunities;
    private final StockSignals stock;
    private final PartnerDirectory partners;
    private final AccessPolicy policy;
    private final Clock clock;

    DemandSignals(OrderDemand orders, OpportunityDemand opportunities, StockSignals stock, PartnerDirectory partners, AccessPolicy policy, Clock clock) {
        this.orders = orders;
        this.opportunities = opportunities;
        this.stock = stock;
        this.partners = partners;
        this.policy = policy;
        this.clock = clock;
    }

    @QueryMapping
    List<DemandSignal> demand(@Argument Integer weeks, Caller caller) {
        String supplierId = policy.demandScope(caller).orElse(null);
        Map<String, Map<String, Map<String, Tally>>> bySkuWeekDealer = tallies(supplierId, checked(weeks, 8));
        boolean staff = policy.seesCrossPartnerDetails(caller);
        Set<String> dealerIds = new HashSet<>();
        if (staff) {
            bySkuWeekDealer.values().forEach(byWeek -> byWeek.values().forEach(byDealer -> dealerIds.addAll(byDealer.keySet())));
        }
        Map<String, String> names = dealerIds.isEmpty() ? Map.of() : partners.namesOf(dealerIds);
        List<DemandSignal> signals = new ArrayList<>();
        bySkuWeekDealer.forEach((sku, byWeek) -> byWeek.forEach((week, dealers) -> {
            int ordered = dealers.values().stream().mapToInt(tally -> tally.ordered).sum();
            int forecast = units(dealers.values().stream().mapToLong(tally -> tally.forecastHundredths).sum());
            List<DealerDemand> breakdown = !staff ? List.of() : dealers.entrySet().stream()
                    .map(entry -> new DealerDemand(new PartnerRef(entry.getKey(), names.getOrDefault(entry.getKey(), "?")),
                            entry.getValue().ordered + entry.getValue().forecast(), entry.getValue().ordered, entry.getValue().forecast()))
                    .toList();
            if (ordered + forecast > 0) {
                signals.add(new DemandSignal(sku, week, ordered + forecast, ordered, forecast, breakdown));
            }
        }));
        return signals;
    }

    /** Open order lines and expected opportunity items of the coming weeks, by SKU, ISO week and dealer. */
    private Map<String, Map<String, Map<String, Tally>>> tallies(String supplierId, int weeks) {
        LocalDate from = weekStart();
        LocalDate to = from.plusWeeks(weeks).minusDays(1);
        Map<String, Map<String, Map<String, Tally>>> tallies = new TreeMap<>();
        for (OrderDemand.OpenLine line : orders.openLines(supplierId, from, to)) {
            tally(tallies, line.sku(), line.requestedDate(), line.dealerId()).ordered += line.quantity();
        }
        for (OpportunityDemand.ExpectedItem item : opportunities.openItems(supplierId, from, to)) {
            tally(tallies, item.sku(), item.expectedClose(), item.dealerId()).forecastHundredths += item.weightedHundredths();
        }
        return tallies;
    }

    private static Tally tally(Map<String, Map<String, Map<String, Tally>>> tallies, String sku, LocalDate day, String dealerId) {
        return tallies.computeIfAbsent(sku, key -> new TreeMap<>()).computeIfAbsent(week(day), key -> new LinkedHashMap<>())
                .computeIfAbsent(dealerId, key -> new Tally());
    }

    @QueryMapping
    List<LowStockAlert> lowStockAlerts(@Argument Integer weeks, Caller caller) {
        String supplierId = policy.demandScope(caller).orElse(null);
        Map<String, Integer> demand = new TreeMap<>();
        tallies(supplierId, checked(weeks, 4)).forEach((sku, byWeek) -> {
            long hundredths = byWeek.values().stream().flatMap(byDealer -> byDealer.values().stream())
                    .mapToLong(tally -> tally.ordered * 100L + tally.forecastHundredths).sum();
            demand.put(sku, units(hundredths));
        });
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

    /** Hundredths of a unit rounded half up to whole units. */
    private static int units(long hundredths) {
        return (int) ((hundredths + 50) / 100);
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
