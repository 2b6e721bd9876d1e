package io.canale.shared;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Sort;

/**
 * How a column's value is stored beside a record so that a list sorts by it (MongoDB compares strings byte by byte and
 * keeps money as text): never null, because a keyset position cannot resume from a missing key, and a record without
 * the value must still sort somewhere sensible.
 */
public final class SortKeys {

    private SortKeys() {
    }

    /**
     * A text as it sorts: lower case, without accents, trimmed, so "élite", "Elite" and "elite" sit together; empty when
     * there is none (first from A to Z).
     */
    public static String text(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /**
     * An amount in cents, compared as a number whatever the currency (lists show one currency in practice); -1 when there
     * is none, so that it comes first from low to high (amounts are never negative).
     */
    public static long cents(Money money) {
        return money == null || money.amount() == null ? -1 : cents(money.amount());
    }

    public static long cents(BigDecimal amount) {
        return amount.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * A list by a stored key in a direction, then by the {@code within} orders among equal keys (for codes many records
     * share, such as a status: the newest first, or a type: by name), then by the id ascending: the keyset is total (see
     * {@link Pages}), and each such sort needs its own index ending in {@code '_id': 1}.
     */
    public static Sort column(String field, boolean ascending, Sort.Order... within) {
        List<Sort.Order> orders = new ArrayList<>();
        orders.add(ascending ? Sort.Order.asc(field) : Sort.Order.desc(field));
        orders.addAll(List.of(within));
        orders.add(Sort.Order.asc("id"));
        return Sort.by(orders);
    }
}
