package io.canale.shared.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * Follows the CSV structure of the characters passing through (RFC 4180, as Commons CSV's default format reads it:
 * a quote opens a quoted field only as its first character, two quotes inside are one, line breaks inside quotes
 * belong to the field) and fails the read that would hand the parser a row over the limits. The parser never holds
 * more than one read buffer beyond a limit.
 */
final class LimitedCsvReader extends Reader {

    private static final char QUOTE = '"';

    private final Reader in;
    private final CsvLimits limits;
    private final char delimiter;

    /** The row being read, counting the header as row 1 and skipping empty lines, as the parser does. */
    private long row = 1;
    private boolean rowStarted;
    private int columns = 1;
    private long fieldChars;
    private long rowChars;
    private boolean atFieldStart = true;
    private boolean inQuotes;
    /** Just after a quote that ended a quoted field, or that starts an escaped quote if another follows. */
    private boolean afterQuote;

    LimitedCsvReader(Reader in, CsvLimits limits, char delimiter) {
        this.in = in;
        this.limits = limits;
        this.delimiter = delimiter;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = in.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            follow(buffer[i]);
        }
        return read;
    }

    private void follow(char c) throws CsvLimitExceededException {
        if (!inQuotes && !afterQuote && (c == '\n' || c == '\r')) {
            endRow();
            return;
        }
        rowStarted = true;
        rowChars++;
        if (inQuotes) {
            if (c == QUOTE) {
                inQuotes = false;
                afterQuote = true;
            } else {
                fieldChars++;
            }
        } else if (afterQuote && c == QUOTE) {
            inQuotes = true; // "" inside a quoted field: one quote character
            afterQuote = false;
            fieldChars++;
        } else {
            afterQuote = false;
            if (c == delimiter) {
                columns++;
                fieldChars = 0;
                atFieldStart = true;
            } else if (c == '\n' || c == '\r') {
                endRow();
                return;
            } else if (c == QUOTE && atFieldStart) {
                inQuotes = true;
                atFieldStart = false;
            } else {
                fieldChars++;
                atFieldStart = false;
            }
        }
        check();
    }

    private void endRow() {
        if (rowStarted) {
            row++;
        }
        rowStarted = false;
        columns = 1;
        fieldChars = 0;
        rowChars = 0;
        atFieldStart = true;
        afterQuote = false;
    }

    private void check() throws CsvLimitExceededException {
        String where = row == 1 ? "The header" : "Row " + row;
        if (columns > limits.maxColumns()) {
            throw new CsvLimitExceededException(CsvLimitExceededException.Kind.COLUMNS,
                    where + " has more than " + limits.maxColumns() + " columns, the limit per row");
        }
        if (fieldChars > limits.maxFieldChars()) {
            throw new CsvLimitExceededException(CsvLimitExceededException.Kind.FIELD, where + " has a field of more than "
                    + limits.maxFieldChars() + " characters, the limit per field" + (inQuotes
                            ? " (if the file has no such field, a quote (\") may be missing its closing quote)" : ""));
        }
        if (rowChars > limits.maxRowChars()) {
            throw new CsvLimitExceededException(CsvLimitExceededException.Kind.ROW, where + " has more than "
                    + limits.maxRowChars() + " characters, the limit per row");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
