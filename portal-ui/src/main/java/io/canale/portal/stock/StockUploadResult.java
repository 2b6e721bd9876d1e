package io.canale.portal.stock;

import java.util.List;

/**
 * What the backend made of a stock CSV: rows read and applied with the refused rows (valid rows are applied
 * even when others are refused), or the reasons it refused the whole file.
 *
 * @param applied items applied, or in a dry run ({@code dryRun}) that would be
 * @param refusedRows rows with at least one error (a row may have several)
 * @param refusals file-level reasons (missing columns, too many rows, bad encoding, empty file); empty when
 *     the file was read
 */
record StockUploadResult(int rows, int applied, int refusedRows, boolean dryRun, List<RowError> errors,
        List<FileError> refusals) {

    /** A refused row; {@code row} counts data rows from 1 as the backend reports them. */
    record RowError(int row, String column, String code, String message) {
    }

    /** Why the whole file was refused; {@code field} is the path of what is at fault, e.g. {@code ["file"]}. */
    record FileError(List<String> field, String code, String message) {
    }

    StockUploadResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
        refusals = refusals == null ? List.of() : List.copyOf(refusals);
    }

    static StockUploadResult refused(List<FileError> refusals) {
        return new StockUploadResult(0, 0, 0, false, List.of(), refusals);
    }

    boolean fileRefused() {
        return !refusals.isEmpty();
    }
}
