package io.canale.portal.home;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A figure in the reader's language: its value in its unit (a count, a share, hours, an amount in its currency) and
 * each bar's label (a stage, an order status, won or lost, a month, a day).
 *
 * @param translate message key to text in the reader's language; answers the key itself when it has none
 */
record KpiTexts(Locale locale, UnaryOperator<String> translate) {

    String title(Kpi kpi) {
        String title = translate.apply("home.kpi." + kpi.kind());
        return kpi.currency() == null ? title : title + " (" + kpi.currency() + ")";
    }

    String value(Kpi kpi) {
        return kpi.value() == null ? translate.apply("home.kpi.none") : value(kpi, new BigDecimal(kpi.value()));
    }

    String value(Kpi kpi, BigDecimal value) {
        return switch (kpi.unit()) {
            case COUNT -> NumberFormat.getIntegerInstance(locale).format(value);
            case PERCENT -> decimal(value) + " %";
            case HOURS -> decimal(value) + " h";
            case MONEY -> money(value, kpi.currency());
        };
    }

    private String decimal(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private String money(BigDecimal value, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        if (currency != null) {
            try {
                format.setCurrency(Currency.getInstance(currency));
            } catch (IllegalArgumentException unknownCurrency) {
                return NumberFormat.getIntegerInstance(locale).format(value.setScale(0, RoundingMode.HALF_UP)) + " " + currency;
            }
        }
        format.setMaximumFractionDigits(0);
        return format.format(value);
    }

    /** The label under a bar, short enough for a small chart. */
    String label(Kpi kpi, String key) {
        return switch (kpi.kind()) {
            case PIPELINE_VALUE -> translated("stage." + key, key);
            case WIN_RATE -> translated("home.kpi.point." + key, key);
            case OPEN_ORDER_LINES -> translated("orderStatus." + key, key);
            case CHANNEL_REVENUE -> month(key);
            case SHIPMENTS_TODAY -> day(key);
            default -> key;
        };
    }

    private String translated(String messageKey, String fallback) {
        String text = translate.apply(messageKey);
        return text == null || text.equals(messageKey) || text.startsWith("!") ? fallback : text;
    }

    private String month(String key) {
        try {
            return YearMonth.parse(key).format(DateTimeFormatter.ofPattern("MMM", locale));
        } catch (DateTimeParseException ex) {
            return key;
        }
    }

    private String day(String key) {
        try {
            return LocalDate.parse(key).format(DateTimeFormatter.ofPattern("EEE d", locale));
        } catch (DateTimeParseException ex) {
            return key;
        }
    }
}
