package io.canale.shared.csv;

import java.io.Reader;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How large a CSV file's rows may be, for every CSV upload (lead imports, stock files). Commons CSV has no such
 * limits of its own (only a row count), so {@link #guard} enforces them on the characters the parser reads, before
 * it buffers them: a million-column header or a 50 MB field is refused at the first character over the limit.
 *
 * @param maxColumns columns per row, header included: room for spreadsheet and CRM exports with many extra columns
 *     (they are ignored), far below what would make every row a large array
 * @param maxFieldChars characters per field: twice a spreadsheet cell's limit (32,767), so every file a spreadsheet
 *     saves fits; the longest value kept from any file (a lead's notes) is 2,000
 * @param maxRowChars characters per row, delimiters and quotes included: what a few very long fields need, and what
 *     bounds the memory one row can take while it is parsed
 */
@ConfigurationProperties("canale.imports.csv")
public record CsvLimits(int maxColumns, int maxFieldChars, int maxRowChars) {

    public static final CsvLimits DEFAULTS = new CsvLimits(0, 0, 0);

    public CsvLimits {
        maxColumns = maxColumns > 0 ? maxColumns : 256;
        maxFieldChars = maxFieldChars > 0 ? maxFieldChars : 64 * 1024;
        maxRowChars = maxRowChars > 0 ? maxRowChars : 1024 * 1024;
    }

    /** The characters of {@code csv}, refused with {@link CsvLimitExceededException} where a row breaks a limit. */
    public Reader guard(Reader csv, char delimiter) {
        return new LimitedCsvReader(csv, this, delimiter);
    }
}
