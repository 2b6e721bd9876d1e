package io.canale.portal;

import java.util.Arrays;
import java.util.List;

/** Lists edited as one comma-separated text field (regions, postal-code prefixes, product lines). */
public final class CommaLists {

    private CommaLists() {
    }

    /** The text split at commas, trimmed, without blanks. */
    public static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(part -> !part.isEmpty()).toList();
    }

    public static String join(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }
}
