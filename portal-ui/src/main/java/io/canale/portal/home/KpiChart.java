package io.canale.portal.home;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure's breakdown as a small bar chart in standalone SVG, drawn on the server as the demand chart is (no
 * commercial chart component): one bar per point with its label under it, every bar with a {@code <title>} for
 * screen readers and tooltips, all texts escaped. It scales to the width of its tile.
 */
final class KpiChart {

    /** One bar: the label under it, and the full text of its title. */
    record Bar(String label, String title, BigDecimal value) {
    }

    static final int WIDTH = 240;
    static final int PLOT_HEIGHT = 64;
    private static final int TOP = 4;
    private static final int AXIS = 16;
    private static final String COLOUR = "#0072B2";

    private KpiChart() {
    }

    /** The chart's SVG markup; bars of zero or less are drawn as a thin line on the axis. */
    static String render(String title, List<Bar> bars) {
        BigDecimal highest = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        int height = TOP + PLOT_HEIGHT + AXIS;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + height
                + "\" width=\"100%\" role=\"img\" aria-label=\"" + escape(title) + "\" class=\"kpi-chart\"><title>"
                + escape(title) + "</title>");
        double slot = (double) WIDTH / Math.max(1, bars.size());
        int baseline = TOP + PLOT_HEIGHT;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double barHeight = highest.signum() <= 0 || bar.value().signum() <= 0 ? 1
                    : Math.max(1, PLOT_HEIGHT * bar.value().doubleValue() / highest.doubleValue());
            double x = i * slot + slot * 0.15;
            svg.append("<rect class=\"bar\" x=\"").append(coordinate(x)).append("\" y=\"").append(coordinate(baseline - barHeight))
                    .append("\" width=\"").append(coordinate(slot * 0.7)).append("\" height=\"").append(coordinate(barHeight))
                    .append("\" fill=\"").append(COLOUR).append("\"><title>").append(escape(bar.title())).append("</title></rect>")
                    .append("<text class=\"category\" x=\"").append(coordinate(i * slot + slot / 2)).append("\" y=\"")
                    .append(baseline + 12).append("\" text-anchor=\"middle\" font-size=\"10\">").append(escape(bar.label()))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String coordinate(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
