package io.canale.shared.csv;

import java.io.IOException;

/**
 * A CSV file broke one of the {@link CsvLimits}; the message says which, where, and is meant for the uploader. An
 * {@link IOException}, since it is raised while the parser reads (Commons CSV passes it on as the cause of an
 * {@link java.io.UncheckedIOException} while iterating rows: see {@link #in(Throwable)}).
 */
public final class CsvLimitExceededException extends IOException {

    /** Which limit: too many columns, or too many characters in a field or row. */
    public enum Kind { COLUMNS, FIELD, ROW }

    private final Kind kind;

    CsvLimitExceededException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The limit broken, if {@code failure} or its cause is one. */
    public static java.util.Optional<CsvLimitExceededException> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CsvLimitExceededException limit) {
                return java.util.Optional.of(limit);
            }
        }
        return java.util.Optional.empty();
    }
}
