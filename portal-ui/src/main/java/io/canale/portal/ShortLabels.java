package io.canale.portal;

import java.util.Locale;

/**
 * A short label of an opaque id for people to tell records apart, e.g. order {@code 9DB531}: its last six characters
 * in capitals. The same rule wherever the portal names such a record.
 */
public final class ShortLabels {

    private ShortLabels() {
    }

    public static String of(String opaqueId) {
        String end = opaqueId.length() <= 6 ? opaqueId : opaqueId.substring(opaqueId.length() - 6);
        return end.toUpperCase(Locale.ROOT);
    }
}
