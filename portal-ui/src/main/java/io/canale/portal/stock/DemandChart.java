package io.canale.portal.stock;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Turns demand signals into a bar chart: per ISO week one bar per {@link Measure} (units on open orders,
 * units forecast from open opportunities), side by side, each stacked by the top SKUs with the rest as
 * "other". A further measure is one more entry in {@link #MEASURES}.
 */
final class DemandChart {

    /** SKUs drawn on their own; the others are summed up. */
    static final int TOP_SKUS = 5;

    /**
     * One quantity of a demand signal, drawn as its own stack.
     *
     * @param labelKey the message key naming the stack
     */
    record Measure(String labelKey, ToLongFunction<DemandBoard.DemandSignal> quantity) {
    }

    static final List<Measure> MEASURES = List.of(
            new Measure("demand.measure.ordered", DemandBoard.DemandSignal::ordered),
            new Measure("demand.measure.forecast", DemandBoard.DemandSignal::forecast));

    private DemandChart() {
    }

    /**
     * The chart of the signals over the given weeks (more when a signal falls outside them).
     *
     * @param translate message key to text, in the reader's language
     */
    static SvgBarChart of(List<DemandBoard.DemandSignal> signals, List<String> weeks, List<Measure> measures,
            UnaryOperator<String> translate, Locale locale) {
        TreeSet<String> allWeeks = new TreeSet<>(weeks);
        signals.forEach(signal -> allWeeks.add(signal.week()));
        List<String> columns = List.copyOf(allWeeks);
        List<String> top = topSkus(signals);
        List<SvgBarChart.Series> series = new ArrayList<>();
        List<DemandBoard.DemandSignal> rest = signals.stream().filter(signal -> !top.contains(signal.sku())).toList();
        for (Measure measure : measures) {
            String stack = translate.apply(measure.labelKey());
            for (String sku : top) {
                series.add(series(sku, stack, measure, columns,
                        signals.stream().filter(signal -> signal.sku().equals(sku)).toList()));
            }
            if (!rest.isEmpty()) {
                series.add(series(translate.apply("demand.other"), stack, measure, columns, rest));
            }
        }
        List<SvgBarChart.Category> categories = columns.stream()
                .map(week -> new SvgBarChart.Category(shortWeek(week), week)).toList();
        return new SvgBarChart(translate.apply("demand.chart.title"), categories, series,
                translate.apply("demand.empty"), locale);
    }

    /** The ISO weeks from the one containing {@code today}, as the API names them ({@code 2027-W03}). */
    static List<String> weeksFrom(LocalDate today, int count) {
        List<String> weeks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            weeks.add(isoWeek(today.plusWeeks(i)));
        }
        return weeks;
    }

    static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The SKUs with the most demand over all weeks, most first (by SKU on a tie). */
    static List<String> topSkus(List<DemandBoard.DemandSignal> signals) {
        Map<String, Long> totals = signals.stream().collect(Collectors.groupingBy(DemandBoard.DemandSignal::sku,
                LinkedHashMap::new, Collectors.summingLong(DemandBoard.DemandSignal::quantity)));
        return totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_SKUS).map(Map.Entry::getKey).toList();
    }

    private static SvgBarChart.Series series(String label, String stack, Measure measure, List<String> weeks,
            List<DemandBoard.DemandSignal> signals) {
        List<Long> values = weeks.stream().map(week -> signals.stream().filter(signal -> signal.week().equals(week))
                .mapToLong(measure.quantity()).sum()).toList();
        return new SvgBarChart.Series(label, stack, values);
    }

    /** "2027-W03" → "W03": the year is in the bar's title. */
    private static String shortWeek(String week) {
        int at = week.indexOf("-W");
        return at < 0 ? week : week.substring(at + 1);
    }
}
