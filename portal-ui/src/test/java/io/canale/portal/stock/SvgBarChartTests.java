package io.canale.portal.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgBarChartTests {

    private static final List<SvgBarChart.Category> WEEKS = List.of(new SvgBarChart.Category("W01", "2027-W01"),
            new SvgBarChart.Category("W02", "2027-W02"));

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> bars(Document svg) {
        NodeList rects = svg.getElementsByTagName("rect");
        List<Element> bars = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if ("bar".equals(rect.getAttribute("class"))) {
                bars.add(rect);
            }
        }
        return bars;
    }

    private static double height(Element bar) {
        return Double.parseDouble(bar.getAttribute("height"));
    }

    private static SvgBarChart chart(List<SvgBarChart.Series> series) {
        return new SvgBarChart("Demand", WEEKS, series, "Nothing yet", Locale.ENGLISH);
    }

    @Test
    void renders_well_formed_svg_with_a_title() throws Exception {
        Document svg = parse(chart(List.of(new SvgBarChart.Series("FRN-PAD-001", "ordered", List.of(10L, 30L)))).render());

        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Demand");
    }

    @Test
    void bar_heights_are_proportional_to_the_values() throws Exception {
        List<Element> bars = bars(parse(chart(List.of(
                new SvgBarChart.Series("A", "ordered", List.of(10L, 30L)))).render()));

        assertThat(bars).hasSize(2);
        assertThat(height(bars.get(1)) / height(bars.get(0))).isCloseTo(3.0, offset(0.01));
        // The axis top is 40 (4 ticks of 10): 30 fills three quarters of the plot.
        assertThat(height(bars.get(1))).isCloseTo(SvgBarChart.PLOT_HEIGHT * 0.75, offset(0.01));
    }

    @Test
    void series_of_one_stack_are_stacked_and_each_bar_names_its_series_week_and_value() throws Exception {
        List<Element> bars = bars(parse(chart(List.of(
                new SvgBarChart.Series("A", "ordered", List.of(10L, 0L)),
                new SvgBarChart.Series("B", "ordered", List.of(5L, 0L)))).render()));

        assertThat(bars).hasSize(2);
        Element a = bars.get(0);
        Element b = bars.get(1);
        assertThat(a.getAttribute("x")).isEqualTo(b.getAttribute("x"));
        assertThat(Double.parseDouble(b.getAttribute("y")) + height(b)).isCloseTo(Double.parseDouble(a.getAttribute("y")),
                offset(0.02));
        assertThat(a.getTextContent()).isEqualTo("A · 2027-W01: 10");
        assertThat(b.getTextContent()).isEqualTo("B · 2027-W01: 5");
    }

    @Test
    void another_stack_key_draws_a_second_bar_beside_the_first() throws Exception {
        List<Element> bars = bars(parse(chart(List.of(
                new SvgBarChart.Series("A ordered", "ordered", List.of(10L, 0L)),
                new SvgBarChart.Series("A forecast", "forecast", List.of(20L, 0L)))).render()));

        assertThat(bars).hasSize(2);
        assertThat(Double.parseDouble(bars.get(1).getAttribute("x"))).isGreaterThan(Double.parseDouble(bars.get(0).getAttribute("x")));
        assertThat(height(bars.get(1)) / height(bars.get(0))).isCloseTo(2.0, offset(0.01));
        assertThat(bars.get(1).getAttribute("fill-opacity")).isNotEqualTo(bars.get(0).getAttribute("fill-opacity"));
    }

    @Test
    void a_label_keeps_its_colour_in_every_stack_and_the_legend_names_labels_and_stacks_once() throws Exception {
        Document svg = parse(chart(List.of(
                new SvgBarChart.Series("A", "ordered", List.of(10L, 0L)),
                new SvgBarChart.Series("B", "ordered", List.of(5L, 0L)),
                new SvgBarChart.Series("A", "forecast", List.of(20L, 0L)))).render());

        List<Element> bars = bars(svg);
        assertThat(bars.get(2).getAttribute("fill")).isEqualTo(bars.get(0).getAttribute("fill"))
                .isNotEqualTo(bars.get(1).getAttribute("fill"));
        assertThat(bars.get(2).getTextContent()).isEqualTo("A · forecast · 2027-W01: 20");
        NodeList legend = svg.getElementsByTagName("g");
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < legend.getLength(); i++) {
            entries.add(legend.item(i).getTextContent());
        }
        assertThat(entries).containsExactly("A", "B", "ordered", "forecast");
    }

    @Test
    void texts_are_escaped() throws Exception {
        String nasty = "<script>alert(\"x\")</script> & 'co'";
        String markup = new SvgBarChart(nasty, WEEKS, List.of(new SvgBarChart.Series(nasty, "ordered", List.of(1L, 2L))),
                "empty", Locale.ENGLISH).render();

        assertThat(markup).doesNotContain("<script>").contains("&lt;script&gt;", "&amp;", "&quot;", "&#39;");
        Document svg = parse(markup);
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo(nasty);
    }

    @Test
    void no_data_or_only_zeros_draws_the_empty_state_instead() throws Exception {
        SvgBarChart zeros = chart(List.of(new SvgBarChart.Series("A", "ordered", List.of(0L, 0L))));
        SvgBarChart nothing = new SvgBarChart("Demand", List.of(), List.of(), "Nothing yet", Locale.ENGLISH);

        for (SvgBarChart empty : List.of(zeros, nothing)) {
            assertThat(empty.isEmpty()).isTrue();
            Document svg = parse(empty.render());
            assertThat(bars(svg)).isEmpty();
            assertThat(svg.getDocumentElement().getTextContent()).contains("Nothing yet");
        }
    }

    @Test
    void axis_top_is_a_round_number_at_or_above_the_highest_stack() {
        assertThat(SvgBarChart.axisTop(1)).isEqualTo(4);
        assertThat(SvgBarChart.axisTop(7)).isEqualTo(8);
        assertThat(SvgBarChart.axisTop(30)).isEqualTo(40);
        assertThat(SvgBarChart.axisTop(150)).isEqualTo(200);
        assertThat(SvgBarChart.axisTop(400)).isEqualTo(400);
        assertThat(SvgBarChart.axisTop(12_345)).isEqualTo(20_000);
    }

    @Test
    void a_series_needs_one_value_per_category() {
        assertThatIllegalArgumentException().isThrownBy(() -> chart(List.of(new SvgBarChart.Series("A", "ordered", List.of(1L)))));
    }
}
