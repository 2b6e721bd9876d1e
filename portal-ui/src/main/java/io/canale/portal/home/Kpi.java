package io.canale.portal.home;

import io.canale.portal.api.SchemaType;
import java.util.List;

/**
 * The API's {@code Kpi}: a figure of the caller's work, its unit, its value (a {@code Decimal}, null when there is
 * nothing to measure yet), the currency of a money figure, and its breakdown for a small chart.
 */
@SchemaType
record Kpi(KpiKind kind, Unit unit, String value, String currency, List<Point> series) {

    Kpi {
        series = series == null ? List.of() : List.copyOf(series);
    }

    @SchemaType("KpiUnit")
    enum Unit { COUNT, PERCENT, HOURS, MONEY }

    /** The API's {@code KpiPoint}: one bar, its key (a stage, an order status, a month, a date, WON or LOST). */
    @SchemaType("KpiPoint")
    record Point(String key, String value) {
    }
}
