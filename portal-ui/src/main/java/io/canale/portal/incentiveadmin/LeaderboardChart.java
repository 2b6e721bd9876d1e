package io.canale.portal.incentiveadmin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The leaderboard as a horizontal bar chart in standalone SVG, drawn on the server as the demand chart is (no
 * commercial chart component): one bar per partner, longest for the most earned, its name and amount beside it, a
 * {@code <title>} per bar for screen readers and tooltips, all texts escaped. It scales to the width of its box.
 */
final class LeaderboardChart {

    /** One partner's bar: its name, the amount as text, and the value that sets the bar's length. */
    record Bar(String name, String amount, BigDecimal value) {
    }

    static final int WIDTH = 360;
    private static final int ROW = 28;
    private static final int LABEL = 120;
    private static final int AMOUNT = 90;
    private static final String COLOUR = "#009E73";

    private LeaderboardChart() {
    }

    static String render(String title, List<Bar> bars) {
        BigDecimal highest = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        int height = Math.max(1, bars.size()) * ROW;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + height
                + "\" width=\"100%\" role=\"img\" aria-label=\"" + escape(title) + "\" class=\"leaderboard-chart\"><title>"
                + escape(title) + "</title>");
        double room = WIDTH - LABEL - AMOUNT;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double length = highest.signum() <= 0 || bar.value().signum() <= 0 ? 1
                    : Math.max(1, room * bar.value().doubleValue() / highest.doubleValue());
            int y = i * ROW;
            svg.append("<text x=\"0\" y=\"").append(y + 18).append("\" font-size=\"12\">").append(escape(shortened(bar.name())))
                    .append("</text><rect class=\"bar\" x=\"").append(LABEL).append("\" y=\"").append(y + 6).append("\" width=\"")
                    .append(coordinate(length)).append("\" height=\"16\" fill=\"").append(COLOUR).append("\"><title>")
                    .append(escape(bar.name() + ": " + bar.amount())).append("</title></rect><text x=\"")
                    .append(coordinate(LABEL + length + 4)).append("\" y=\"").append(y + 18).append("\" font-size=\"11\">")
                    .append(escape(bar.amount())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** Long names are cut so that the bars keep their room; the bar's title carries the whole name. */
    private static String shortened(String name) {
        return name.length() <= 18 ? name : name.substring(0, 17) + "…";
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
