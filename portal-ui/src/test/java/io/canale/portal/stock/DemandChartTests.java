package io.canale.portal.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DemandChartTests {

    private static final List<DemandChart.Measure> ORDERED = List.of(DemandChart.MEASURES.getFirst());

    private static DemandBoard.DemandSignal signal(String sku, String week, int quantity) {
        return new DemandBoard.DemandSignal(sku, week, quantity, quantity, 0, List.of());
    }

    private static DemandBoard.DemandSignal signal(String sku, String week, int ordered, int forecast) {
        return new DemandBoard.DemandSignal(sku, week, ordered + forecast, ordered, forecast, List.of());
    }

    private static SvgBarChart chart(List<DemandBoard.DemandSignal> signals, List<DemandChart.Measure> measures) {
        return DemandChart.of(signals, List.of("2027-W01", "2027-W02"), measures, key -> "[" + key + "]", Locale.ENGLISH);
    }

    @Test
    void weeks_are_iso_weeks_from_the_current_one_across_the_year_end() {
        // 2026-12-31 is a Thursday of ISO week 2026-W53; 2027-01-04 starts 2027-W01.
        assertThat(DemandChart.weeksFrom(LocalDate.of(2026, 12, 31), 3))
                .containsExactly("2026-W53", "2027-W01", "2027-W02");
    }

    @Test
    void top_skus_come_first_by_total_demand() {
        List<DemandBoard.DemandSignal> signals = List.of(signal("B", "2027-W01", 5), signal("A", "2027-W01", 3),
                signal("A", "2027-W02", 3), signal("C", "2027-W02", 6));

        assertThat(DemandChart.topSkus(signals)).containsExactly("A", "C", "B");
    }

    @Test
    void skus_beyond_the_top_are_summed_as_other_and_every_week_gets_a_value() {
        List<DemandBoard.DemandSignal> signals = new ArrayList<>();
        for (int i = 1; i <= DemandChart.TOP_SKUS + 2; i++) {
            signals.add(signal("SKU-" + i, "2027-W02", 100 - i));
        }

        SvgBarChart chart = chart(signals, ORDERED);
        String svg = chart.render();

        assertThat(svg).contains("SKU-1 · 2027-W02: 99", "[demand.other] · 2027-W02: 187")
                .doesNotContain("SKU-6 ·");
        assertThat(chart.isEmpty()).isFalse();
    }

    @Test
    void signals_outside_the_asked_weeks_still_get_their_week() {
        String svg = chart(List.of(signal("A", "2027-W05", 4)), ORDERED).render();

        assertThat(svg).contains(">W01<", ">W02<", ">W05<", "A · 2027-W05: 4");
    }

    @Test
    void ordered_and_forecast_are_two_stacks_each_bar_naming_its_measure() {
        String svg = chart(List.of(signal("A", "2027-W01", 4, 6)), DemandChart.MEASURES).render();

        assertThat(svg).contains("A · [demand.measure.ordered] · 2027-W01: 4", "A · [demand.measure.forecast] · 2027-W01: 6")
                .contains(">[demand.measure.ordered]</text>", ">[demand.measure.forecast]</text>");
    }

    @Test
    void with_one_measure_the_bars_do_not_name_it() {
        assertThat(chart(List.of(signal("A", "2027-W01", 4)), ORDERED).render()).contains("A · 2027-W01: 4")
                .doesNotContain("demand.measure");
    }

    @Test
    void no_signals_give_the_empty_chart() {
        SvgBarChart chart = chart(List.of(signal("A", "2027-W01", 0, 0)), DemandChart.MEASURES);

        assertThat(chart.isEmpty()).isTrue();
        assertThat(chart.render()).contains("[demand.empty]");
    }
}
