package io.canale.portal.change;

import io.canale.portal.api.RecordType;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record's changed fields in the reader's words: the stored path {@code lines.0.confirmedQuantity} of an order as
 * "Line 1 · confirmed quantity" ("Riga 1 · quantità confermata"), and its values in the reader's locale — moments in
 * the reader's time zone, calendar days, numbers and money, enums in words where the bundle has them.
 * <p>
 * The label table is the message bundle, per record type: {@code history.field.<TYPE>.<path without positions>} names
 * a field or a group ({@code history.field.ORDER.lines.confirmedQuantity}), {@code history.item.<TYPE>.<list>} an item
 * of a list by its position from 1 ({@code Line {0}}), and {@code history.enum.<TYPE>.<path>} the prefix of the keys
 * that name a field's enum values ({@code orderStatus}). A path or part the table does not know is humanised
 * ({@code replacementFor.rmaNumber}: "Replacement for · rma number"); a group labelled empty is left out of its
 * fields' labels. A value without words is shown as it is. A money
 * value is stored as {@code amount} and {@code currency}: when a change carries both they make one line.
 */
final class FieldLabels {

    /** One changed field, or a money value, in words. */
    record Line(String path, String label, String values) {
    }

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Pattern POSITION = Pattern.compile("\\d+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final String AMOUNT = "amount";
    private static final String CURRENCY = "currency";
    private static final String SEPARATOR = " · ";

    private final ResourceBundle texts;
    private final Locale locale;
    private final ZoneId zone;

    FieldLabels(ResourceBundle texts, Locale locale, ZoneId zone) {
        this.texts = texts;
        this.locale = locale;
        this.zone = zone;
    }

    /** The portal's texts in the reader's language (English unless Italian). */
    static FieldLabels of(Locale locale, ZoneId zone) {
        ResourceBundle texts = ResourceBundle.getBundle("messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new FieldLabels(texts, locale, zone);
    }

    /** The fields of one change in words, in the API's order; a money's amount and currency as one line. */
    List<Line> lines(RecordType type, List<Change.FieldChange> fields) {
        Map<String, Change.FieldChange> byPath = new LinkedHashMap<>();
        fields.forEach(field -> byPath.put(field.path(), field));
        List<Line> lines = new ArrayList<>();
        for (Change.FieldChange field : fields) {
            String money = moneyOf(field.path());
            Change.FieldChange amount = money == null ? null : byPath.get(money + "." + AMOUNT);
            Change.FieldChange currency = money == null ? null : byPath.get(money + "." + CURRENCY);
            if (amount != null && currency != null) {
                if (field == amount) {
                    lines.add(new Line(money, label(type, money), beforeAndAfter(money(amount.before(), currency.before()),
                            money(amount.after(), currency.after()))));
                }
                continue; // the currency went into the amount's line
            }
            lines.add(new Line(field.path(), label(type, field.path()),
                    beforeAndAfter(value(type, field.path(), field.before()), value(type, field.path(), field.after()))));
        }
        return lines;
    }

    /** The field's label, e.g. "Line 1 · confirmed quantity". */
    String label(RecordType type, String path) {
        String[] segments = path.split("\\.");
        List<String> parts = new ArrayList<>();
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (POSITION.matcher(segment).matches()) {
                continue; // named with its list, just before
            }
            boolean last = i == segments.length - 1;
            if (last && !parts.isEmpty() && segment.equals(AMOUNT)) {
                break; // a money's amount is the money
            }
            if (last && !parts.isEmpty() && segment.equals(CURRENCY)) {
                parts.add(text("history.currency").orElse(CURRENCY));
                break;
            }
            pattern.append(pattern.isEmpty() ? "" : ".").append(segment);
            boolean item = i + 1 < segments.length && POSITION.matcher(segments[i + 1]).matches();
            String part = item
                    ? text("history.item." + type + "." + pattern, Long.parseLong(segments[i + 1]) + 1)
                            .orElse(humanised(segment) + " " + (Long.parseLong(segments[i + 1]) + 1))
                    : text("history.field." + type + "." + pattern).orElse(humanised(segment));
            if (!part.isBlank()) { // a group whose fields say enough alone, e.g. a lead's details
                parts.add(part);
            }
        }
        String label = String.join(SEPARATOR, parts);
        return label.isEmpty() ? path : label.substring(0, 1).toUpperCase(locale) + label.substring(1);
    }

    /** A value (JSON) in the reader's words; null when there is none. */
    String value(RecordType type, String path, String json) {
        JsonNode value = parse(json);
        if (value == null) {
            return json; // not JSON: as it came
        }
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isValueNode() ? plain(type, path, item) : item.toString()));
            return String.join(", ", items);
        }
        if (value.isNumber()) {
            return number(new BigDecimal(json.strip())); // as written: 12.50, not 12.5
        }
        return value.isValueNode() ? plain(type, path, value) : value.toString();
    }

    private String plain(RecordType type, String path, JsonNode value) {
        if (value.isBoolean()) {
            return text(value.asBoolean() ? "history.yes" : "history.no").orElse(value.asString());
        }
        if (value.isNumber()) {
            return number(value.decimalValue());
        }
        String text = value.asString();
        if (MOMENT.matcher(text).matches()) {
            return moment(text).orElse(text);
        }
        if (DATE.matcher(text).matches()) {
            return day(text).orElse(text);
        }
        if (path.endsWith("." + AMOUNT) && DECIMAL.matcher(text).matches()) {
            return number(new BigDecimal(text));
        }
        return text("history.enum." + type + "." + withoutPositions(path))
                .flatMap(prefix -> text(prefix + "." + text)).orElse(text);
    }

    private String money(String amountJson, String currencyJson) {
        JsonNode amount = parse(amountJson);
        JsonNode currency = parse(currencyJson);
        if (amount == null || amount.isNull() || currency == null || currency.isNull()) {
            return amount == null || amount.isNull() ? null : amount.asString();
        }
        try {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            Currency code = Currency.getInstance(currency.asString());
            BigDecimal value = new BigDecimal(amount.asString());
            format.setCurrency(code);
            format.setMinimumFractionDigits(Math.max(value.scale(), code.getDefaultFractionDigits()));
            return format.format(value);
        } catch (IllegalArgumentException unreadable) {
            return amount.asString() + " " + currency.asString();
        }
    }

    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(Math.max(0, value.scale())); // 12.50 stays 12,50
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    private Optional<String> moment(String text) {
        try {
            Instant instant = OffsetDateTime.parse(text).toInstant();
            return Optional.of(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale).withZone(zone).format(instant));
        } catch (DateTimeParseException notAMoment) {
            return Optional.empty();
        }
    }

    private Optional<String> day(String text) {
        try {
            return Optional.of(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                    .format(LocalDate.parse(text)));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    private String beforeAndAfter(String before, String after) {
        String none = text("history.none").orElse("-");
        if (before == null) {
            return after == null ? none : after;
        }
        return before + " → " + (after == null ? none : after);
    }

    private Optional<String> text(String key, Object... params) {
        if (!texts.containsKey(key)) {
            return Optional.empty();
        }
        String text = texts.getString(key);
        return Optional.of(params.length == 0 ? text : new MessageFormat(text, locale).format(params));
    }

    /** The money a path belongs to, {@code lines.0.unitPrice} of {@code lines.0.unitPrice.amount}; null for others. */
    private static String moneyOf(String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String last = path.substring(dot + 1);
        return last.equals(AMOUNT) || last.equals(CURRENCY) ? path.substring(0, dot) : null;
    }

    private static String withoutPositions(String path) {
        return Arrays.stream(path.split("\\.")).filter(segment -> !POSITION.matcher(segment).matches())
                .collect(Collectors.joining("."));
    }

    /** {@code confirmedQuantity} as "confirmed quantity", {@code _id} as "id". */
    static String humanised(String segment) {
        String words = segment.replace('_', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2").strip();
        return words.toLowerCase(Locale.ROOT);
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JacksonException notJson) {
            return null;
        }
    }
}
