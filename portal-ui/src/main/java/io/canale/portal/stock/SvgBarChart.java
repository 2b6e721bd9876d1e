package io.canale.portal.stock;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart as standalone SVG markup, drawn on the server (the portal uses no commercial chart
 * component). Categories run along the x axis; within a category, series that share a {@code stack} are
 * stacked, and each stack gets its own bar side by side (e.g. ordered and forecast per week). A series'
 * colour follows its label, so one SKU has one colour in every stack; later stacks are lighter. Every bar
 * has a {@code <title>} for screen readers and tooltips; all texts are escaped.
 */
final class SvgBarChart {

    /** One category on the x axis: a short label under the axis, a full name for the bars' titles. */
    record Category(String label, String name) {
    }

    /** A named row of values, one per category, drawn in the named stack. */
    record Series(String label, String stack, List<Long> values) {

        Series {
            values = List.copyOf(values);
        }
    }

    static final int WIDTH = 720;
    static final int PLOT_HEIGHT = 240;
    /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
            "#F0E442", "#999999");
    /** The swatch of a stack in the legend: its shade, no series colour. */
    private static final String NEUTRAL = "#555555";
    /** Stacks after the first are lighter, so that e.g. a forecast reads as less certain than orders. */
    private static final List<String> STACK_OPACITY = List.of("1", "0.5", "0.3");
    private static final int LEFT = 56;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int AXIS = 36;
    private static final int LEGEND_ROW = 22;
    private static final int LEGEND_COLUMN = 176;
    private static final int MAX_AXIS_LABELS = 13;
    private static final int TICKS = 4;

    private final String title;
    private final List<Category> categories;
    private final List<Series> series;
    private final String emptyText;
    private final NumberFormat numbers;

    SvgBarChart(String title, List<Category> categories, List<Series> series, String emptyText, Locale locale) {
        for (Series row : series) {
            if (row.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + row.label() + " needs one value per category");
            }
        }
        this.title = title;
        this.categories = List.copyOf(categories);
        this.series = List.copyOf(series);
        this.emptyText = emptyText;
        this.numbers = NumberFormat.getIntegerInstance(locale);
    }

    /** Whether there is nothing to draw: no categories, or no value above zero. */
    boolean isEmpty() {
        return series.stream().flatMap(row -> row.values().stream()).noneMatch(value -> value > 0);
    }

    String render() {
        return isEmpty() ? emptyChart() : chart();
    }

    private String emptyChart() {
        int height = TOP + PLOT_HEIGHT / 2;
        return open(height, emptyText)
                + "<text class=\"chart-empty\" x=\"" + WIDTH / 2 + "\" y=\"" + height / 2
                + "\" text-anchor=\"middle\">" + escape(emptyText) + "</text></svg>";
    }

    private String chart() {
        List<String> stacks = distinct(series.stream().map(Series::stack).toList());
        List<String> labels = distinct(series.stream().map(Series::label).toList());
        long top = axisTop(highestStack(stacks));
        int legendEntries = labels.size() + (stacks.size() > 1 ? stacks.size() : 0);
        int legendRows = (legendEntries + legendColumns() - 1) / legendColumns();
        int height = TOP + PLOT_HEIGHT + AXIS + legendRows * LEGEND_ROW;
        StringBuilder svg = new StringBuilder(open(height, title));
        yAxis(svg, top);
        bars(svg, stacks, labels, top);
        xAxis(svg);
        legend(svg, stacks, labels);
        return svg.append("</svg>").toString();
    }

    private String open(int height, String label) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + height
                + "\" width=\"100%\" role=\"img\" aria-label=\"" + escape(label) + "\" class=\"bar-chart\">"
                + "<title>" + escape(label) + "</title>";
    }

    /** The tallest stack of any category, which the y axis must reach. */
    private long highestStack(List<String> stacks) {
        long highest = 0;
        for (int i = 0; i < categories.size(); i++) {
            for (String stack : stacks) {
                highest = Math.max(highest, stackTotal(stack, i));
            }
        }
        return highest;
    }

    private long stackTotal(String stack, int category) {
        return series.stream().filter(row -> row.stack().equals(stack))
                .mapToLong(row -> Math.max(0, row.values().get(category))).sum();
    }

    /** A round top for the axis (1, 2 or 5 times a power of ten per tick) at or above the highest stack. */
    static long axisTop(long highest) {
        long step = 1;
        while (step * TICKS < highest) {
            long magnitude = step;
            step = magnitude * 2 * TICKS >= highest ? magnitude * 2
                    : magnitude * 5 * TICKS >= highest ? magnitude * 5 : magnitude * 10;
        }
        return step * TICKS;
    }

    private void yAxis(StringBuilder svg, long top) {
        for (int tick = 0; tick <= TICKS; tick++) {
            long value = top / TICKS * tick;
            String y = coordinate(baseline() - (double) PLOT_HEIGHT * tick / TICKS);
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y)
                    .append("\" stroke=\"currentColor\" stroke-opacity=\"0.15\"/>")
                    .append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(y)
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\" font-size=\"11\">")
                    .append(escape(numbers.format(value))).append("</text>");
        }
    }

    private static List<String> distinct(List<String> values) {
        return new ArrayList<>(new LinkedHashSet<>(values));
    }

    private void bars(StringBuilder svg, List<String> stacks, List<String> labels, long top) {
        double groupWidth = plotWidth() / categories.size();
        double barWidth = groupWidth * 0.72 / stacks.size();
        for (int i = 0; i < categories.size(); i++) {
            for (int s = 0; s < stacks.size(); s++) {
                double x = LEFT + i * groupWidth + groupWidth * 0.14 + s * barWidth;
                double y = baseline();
                for (int r = 0; r < series.size(); r++) {
                    Series row = series.get(r);
                    long value = row.values().get(i);
                    if (!row.stack().equals(stacks.get(s)) || value <= 0) {
                        continue;
                    }
                    double height = (double) PLOT_HEIGHT * value / top;
                    y -= height;
                    svg.append("<rect class=\"bar\" x=\"").append(coordinate(x)).append("\" y=\"").append(coordinate(y))
                            .append("\" width=\"").append(coordinate(barWidth * 0.92)).append("\" height=\"")
                            .append(coordinate(height)).append("\" fill=\"").append(colour(labels.indexOf(row.label())))
                            .append("\" fill-opacity=\"").append(opacity(s)).append("\"><title>")
                            .append(escape(barTitle(row, stacks.size() > 1, categories.get(i), value)))
                            .append("</title></rect>");
                }
            }
        }
    }

    /** "FRN-PAD-001 · 2027-W03: 12", with the stack's name when there are several. */
    private String barTitle(Series row, boolean namedStacks, Category category, long value) {
        String stack = namedStacks ? " · " + row.stack() : "";
        return row.label() + stack + " · " + category.name() + ": " + numbers.format(value);
    }

    /** Every category gets a label while they fit; otherwise every n-th. */
    private void xAxis(StringBuilder svg) {
        double groupWidth = plotWidth() / categories.size();
        int every = (categories.size() + MAX_AXIS_LABELS - 1) / MAX_AXIS_LABELS;
        for (int i = 0; i < categories.size(); i += every) {
            svg.append("<text class=\"category\" x=\"").append(coordinate(LEFT + (i + 0.5) * groupWidth))
                    .append("\" y=\"").append(baseline() + 18).append("\" text-anchor=\"middle\" font-size=\"11\">")
                    .append(escape(categories.get(i).label())).append("</text>");
        }
    }

    /** One entry per colour (series label), then, with several stacks, one per stack in its shade. */
    private void legend(StringBuilder svg, List<String> stacks, List<String> labels) {
        int entry = 0;
        for (int l = 0; l < labels.size(); l++) {
            legendEntry(svg, entry++, colour(l), "1", labels.get(l));
        }
        if (stacks.size() > 1) {
            for (int s = 0; s < stacks.size(); s++) {
                legendEntry(svg, entry++, NEUTRAL, opacity(s), stacks.get(s));
            }
        }
    }

    private void legendEntry(StringBuilder svg, int entry, String fill, String opacity, String text) {
        int columns = legendColumns();
        int x = LEFT + (entry % columns) * LEGEND_COLUMN;
        int y = baseline() + AXIS + (entry / columns) * LEGEND_ROW;
        svg.append("<g class=\"legend-item\"><rect x=\"").append(x).append("\" y=\"").append(y - 10)
                .append("\" width=\"12\" height=\"12\" fill=\"").append(fill).append("\" fill-opacity=\"")
                .append(opacity).append("\"/><text x=\"").append(x + 18).append("\" y=\"").append(y)
                .append("\" font-size=\"12\">").append(escape(text)).append("</text></g>");
    }

    private static int legendColumns() {
        return (WIDTH - LEFT) / LEGEND_COLUMN;
    }

    private static double plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static int baseline() {
        return TOP + PLOT_HEIGHT;
    }

    private static String colour(int series) {
        return PALETTE.get(series % PALETTE.size());
    }

    private static String opacity(int stack) {
        return STACK_OPACITY.get(Math.min(stack, STACK_OPACITY.size() - 1));
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Escapes text for SVG content and attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
            }
        }
        return escaped.toString();
    }
}
