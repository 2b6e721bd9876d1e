package io.canale.portal.change;

/** A changed field's values in words: "before → after", or only the value after when there was none before. */
final class FieldValues {

    private FieldValues() {
    }

    /** @param none what to write for a value that is not there, e.g. "(none)" */
    static String beforeAndAfter(Change.FieldChange field, String none) {
        String before = JsonValues.readable(field.before());
        String after = JsonValues.readable(field.after());
        if (before == null) {
            return after == null ? none : after;
        }
        return before + " → " + (after == null ? none : after);
    }
}
