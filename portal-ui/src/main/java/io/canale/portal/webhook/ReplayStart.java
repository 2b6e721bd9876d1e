package io.canale.portal.webhook;

import java.util.OptionalLong;

/** The change to replay from, as typed: a change's sequence, a whole number from 1. */
final class ReplayStart {

    private ReplayStart() {
    }

    /** The sequence, or empty when the text is not a whole number of at least 1. */
    static OptionalLong parse(String text) {
        String digits = text == null ? "" : text.strip();
        if (!digits.matches("[0-9]{1,18}")) {
            return OptionalLong.empty();
        }
        long sequence = Long.parseLong(digits);
        return sequence < 1 ? OptionalLong.empty() : OptionalLong.of(sequence);
    }
}
