package io.canale.home;

import io.canale.deal.DealWork;
import io.canale.lead.LeadWork;
import io.canale.opportunity.PipelineFigures;
import io.canale.order.OrderWork;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.security.KpiKind;
import io.canale.shared.Money;
import io.canale.stock.StockShortfalls;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The figures of the home, each from the capability that owns its records; figures that share a read (the pipeline's
 * value and win rate, a carrier's shipments today and late) read it once per request.
 */
@Component
class HomeFigures {

    enum KpiUnit { COUNT, PERCENT, HOURS, MONEY }

    record KpiPoint(String key, BigDecimal value) {
    }

    record Kpi(KpiKind kind, KpiUnit unit, BigDecimal value, String currency, List<KpiPoint> series) {
    }

    /** The days a carrier's "shipments today" chart shows, today included. */
    static final int SHIPMENT_DAYS = 7;

    private final AccessPolicy policy;
    private final LeadWork leads;
    private final DealWork deals;
    private final OrderWork orders;
    private final PipelineFigures pipeline;
    private final StockShortfalls shortfalls;

    HomeFigures(AccessPolicy policy, LeadWork leads, DealWork deals, OrderWork orders, PipelineFigures pipeline,
            StockShortfalls shortfalls) {
        this.policy = policy;
        this.leads = leads;
        this.deals = deals;
        this.orders = orders;
        this.pipeline = pipeline;
        this.shortfalls = shortfalls;
    }

    List<Kpi> of(Caller caller) {
        Supplier<PipelineFigures.Figures> pipelineFigures = once(() -> pipeline.of(caller));
        Supplier<Map<String, Long>> shipmentsByDate = once(() -> orders.shipmentsByDate(caller));
        List<Kpi> kpis = new ArrayList<>();
        for (KpiKind kind : policy.kpis(caller)) {
            switch (kind) {
                case PIPELINE_VALUE -> kpis.addAll(pipelineValue(pipelineFigures.get()));
                case WIN_RATE -> kpis.add(winRate(pipelineFigures.get()));
                case TIME_TO_ACCEPT -> kpis.add(new Kpi(kind, KpiUnit.HOURS, leads.averageSecondsToAccept(caller)
                        .map(seconds -> BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP))
                        .orElse(null), null, List.of()));
                case OPEN_ORDER_LINES -> kpis.add(count(kind, orders.openOrderLines(caller)));
                case FILL_RATE -> {
                    long[] rate = orders.fillRate(caller);
                    kpis.add(new Kpi(kind, KpiUnit.PERCENT, rate.length == 0 || rate[1] == 0 ? null : percent(rate[0], rate[1]), null, List.of()));
                }
                case SKUS_BELOW_DEMAND -> kpis.add(count(kind, shortfalls.skusBelowDemand(caller)));
                case SHIPMENTS_TODAY -> kpis.add(shipmentsToday(shipmentsByDate.get()));
                case LATE_SHIPMENTS -> kpis.add(count(kind, shipmentsByDate.get().entrySet().stream()
                        .filter(day -> day.getKey().compareTo(orders.today().toString()) < 0).mapToLong(Map.Entry::getValue).sum()));
                case SHIPMENT_EXCEPTIONS -> kpis.add(count(kind, orders.shipmentsWithProblems(caller)));
                case CHANNEL_REVENUE -> kpis.addAll(revenue(orders.channelRevenue(caller)));
                case UNROUTED_LEADS -> kpis.add(count(kind, leads.unroutedCount(caller)));
                case REGISTRATIONS_IN_REVIEW -> kpis.add(count(kind, deals.inReviewCount(caller)));
            }
        }
        return kpis;
    }

    private static List<Kpi> pipelineValue(PipelineFigures.Figures figures) {
        Map<String, List<KpiPoint>> byCurrency = new LinkedHashMap<>();
        for (String currency : currencies(figures.open().stream().flatMap(stage -> stage.totals().stream()).toList())) {
            byCurrency.put(currency, figures.open().stream().map(stage -> new KpiPoint(stage.stage(), amountIn(stage.totals(), currency))).toList());
        }
        if (byCurrency.isEmpty()) {
            return List.of(new Kpi(KpiKind.PIPELINE_VALUE, KpiUnit.MONEY, BigDecimal.ZERO, null,
                    figures.open().stream().map(stage -> new KpiPoint(stage.stage(), BigDecimal.ZERO)).toList()));
        }
        return byCurrency.entrySet().stream().map(entry -> new Kpi(KpiKind.PIPELINE_VALUE, KpiUnit.MONEY, sum(entry.getValue()),
                entry.getKey(), entry.getValue())).toList();
    }

    private static Kpi winRate(PipelineFigures.Figures figures) {
        int closed = figures.won() + figures.lost();
        return new Kpi(KpiKind.WIN_RATE, KpiUnit.PERCENT, closed == 0 ? null : percent(figures.won(), closed), null,
                List.of(new KpiPoint("WON", BigDecimal.valueOf(figures.won())), new KpiPoint("LOST", BigDecimal.valueOf(figures.lost()))));
    }

    private Kpi shipmentsToday(Map<String, Long> byDate) {
        LocalDate today = orders.today();
        List<KpiPoint> week = new ArrayList<>();
        for (int day = 0; day < SHIPMENT_DAYS; day++) {
            String date = today.plusDays(day).toString();
            week.add(new KpiPoint(date, BigDecimal.valueOf(byDate.getOrDefault(date, 0L))));
        }
        return new Kpi(KpiKind.SHIPMENTS_TODAY, KpiUnit.COUNT, week.getFirst().value(), null, week);
    }

    private static List<Kpi> revenue(Map<YearMonth, List<Money>> byMonth) {
        List<String> currencies = currencies(byMonth.values().stream().flatMap(List::stream).toList());
        if (currencies.isEmpty()) {
            return List.of(new Kpi(KpiKind.CHANNEL_REVENUE, KpiUnit.MONEY, BigDecimal.ZERO, null,
                    byMonth.keySet().stream().map(month -> new KpiPoint(month.toString(), BigDecimal.ZERO)).toList()));
        }
        return currencies.stream().map(currency -> {
            List<KpiPoint> months = byMonth.entrySet().stream()
                    .map(month -> new KpiPoint(month.getKey().toString(), amountIn(month.getValue(), currency))).toList();
            return new Kpi(KpiKind.CHANNEL_REVENUE, KpiUnit.MONEY, months.getLast().value(), currency, months);
        }).toList();
    }

    private static Kpi count(KpiKind kind, long count) {
        return new Kpi(kind, KpiUnit.COUNT, BigDecimal.valueOf(count), null, List.of());
    }

    private static Kpi count(KpiKind kind, Map<String, Long> parts) {
        List<KpiPoint> series = parts.entrySet().stream().map(part -> new KpiPoint(part.getKey(), BigDecimal.valueOf(part.getValue()))).toList();
        return new Kpi(kind, KpiUnit.COUNT, sum(series), null, series);
    }

    private static List<String> currencies(List<Money> amounts) {
        Set<String> currencies = new LinkedHashSet<>();
        amounts.forEach(amount -> currencies.add(amount.currency()));
        return List.copyOf(currencies);
    }

    private static BigDecimal amountIn(List<Money> amounts, String currency) {
        return amounts.stream().filter(amount -> amount.currency().equals(currency)).map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal sum(List<KpiPoint> points) {
        return points.stream().map(KpiPoint::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static <T> Supplier<T> once(Supplier<T> read) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = read.get();
                }
                return value;
            }
        };
    }
}
