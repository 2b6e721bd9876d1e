package io.canale.stock;

import io.canale.shared.InvalidInputException;
import io.canale.shared.UserError;
import io.canale.shared.UserErrorCode;
import io.canale.shared.csv.CsvLimitExceededException;
import io.canale.shared.csv.CsvLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads a supplier's stock file ({@code sku,available,nextBatchQuantity,nextBatchEta}) into feed items,
 * remembering each item's row so the feed's per-item errors can be reported by row and column. Rows whose
 * numbers do not parse are refused here and never reach the feed.
 */
final class StockCsv {

    static final List<String> COLUMNS = List.of("sku", "available", "nextBatchQuantity", "nextBatchEta");
    private static final List<String> REQUIRED = List.of("sku", "available");

    /** A refused row: the row number counts the header as row 1, as a spreadsheet does. */
    record RowError(long row, String column, UserErrorCode code, String message) {
    }

    record Parsed(List<StockSignals.Item> items, List<Long> rowOfItem, List<RowError> errors, long rows) {

        /** Moves the feed's errors, whose paths are {@code input.items.N.column}, onto rows and columns. */
        List<RowError> withFeedErrors(List<UserError> feedErrors) {
            List<RowError> all = new ArrayList<>(errors);
            for (UserError error : feedErrors) {
                List<String> path = error.field();
                if (path == null || path.size() < 3) {
                    all.add(new RowError(0, null, error.code(), error.message()));
                    continue;
                }
                long row = rowOfItem.get(Integer.parseInt(path.get(2)));
                all.add(new RowError(row, path.size() > 3 ? path.get(3) : null, error.code(), error.message()));
            }
            all.sort(java.util.Comparator.comparingLong(RowError::row));
            return all;
        }
    }

    private StockCsv() {
    }

    /** Reads the file within the row count and the {@link CsvLimits}; any file-level problem is a 400 at {@code file}. */
    static Parsed read(InputStream in, char delimiter, int maxRows, CsvLimits limits) {
        List<StockSignals.Item> items = new ArrayList<>();
        List<Long> rowOfItem = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        long rows = 0;
        try (Reader reader = limits.guard(new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), delimiter);
                CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            Map<String, String> columns = columns(parser.getHeaderNames(), delimiter);
            for (CSVRecord record : parser) {
                long row = record.getRecordNumber() + 1;
                if (++rows > maxRows) {
                    throw new InvalidInputException("file", UserErrorCode.TOO_MANY, "at most " + maxRows + " rows per file");
                }
                if (!record.isConsistent()) {
                    errors.add(new RowError(row, null, UserErrorCode.INVALID,
                            "the row has " + record.size() + " fields, unlike the header"));
                    continue;
                }
                List<RowError> rowErrors = new ArrayList<>();
                StockSignals.Item item = new StockSignals.Item(record.get(columns.get("sku")),
                        number(record, columns, "available", row, rowErrors),
                        number(record, columns, "nextBatchQuantity", row, rowErrors),
                        text(record, columns, "nextBatchEta"));
                if (rowErrors.isEmpty()) {
                    items.add(item);
                    rowOfItem.add(row);
                } else {
                    errors.addAll(rowErrors);
                }
            }
        } catch (CsvLimitExceededException ex) {
            throw tooLarge(ex, limits);
        } catch (CharacterCodingException ex) {
            throw badEncoding();
        } catch (UncheckedIOException ex) {
            if (ex.getCause() instanceof CsvLimitExceededException limit) {
                throw tooLarge(limit, limits);
            }
            throw ex.getCause() instanceof CharacterCodingException ? badEncoding() : unreadable(ex.getCause());
        } catch (IOException | IllegalArgumentException | IllegalStateException ex) {
            throw unreadable(ex);
        }
        if (rows == 0) {
            throw new InvalidInputException("file", UserErrorCode.REQUIRED, "the file has a header but no rows");
        }
        return new Parsed(items, rowOfItem, errors, rows);
    }

    /** Header names in the file by their canonical name; names are matched ignoring case. */
    private static Map<String, String> columns(List<String> header, char delimiter) {
        Map<String, String> found = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        header.forEach(name -> found.put(name.strip(), name));
        List<String> missing = REQUIRED.stream().filter(name -> !found.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            String hint = header.size() == 1 && header.getFirst().contains(delimiter == ',' ? ";" : ",")
                    ? " (the header has one column: is the delimiter right?)" : "";
            throw new InvalidInputException("file", UserErrorCode.REQUIRED,
                    "missing column(s) " + String.join(", ", missing) + "; expected " + String.join(",", COLUMNS) + hint);
        }
        Map<String, String> canonical = new java.util.HashMap<>();
        COLUMNS.forEach(name -> {
            if (found.containsKey(name)) {
                canonical.put(name, found.get(name));
            }
        });
        return canonical;
    }

    private static String text(CSVRecord record, Map<String, String> columns, String column) {
        String header = columns.get(column);
        if (header == null) {
            return null;
        }
        String value = record.get(header);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Integer number(CSVRecord record, Map<String, String> columns, String column, long row,
            List<RowError> errors) {
        String value = text(record, columns, column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException ex) {
            errors.add(new RowError(row, column, UserErrorCode.INVALID, "not a whole number: " + abbreviate(value)));
            return null;
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }

    static char delimiter(String delimiter) {
        if (delimiter == null || delimiter.isEmpty()) {
            return ',';
        }
        return switch (delimiter.toLowerCase(Locale.ROOT)) {
            case "," -> ',';
            case ";" -> ';';
            case "\t", "tab" -> '\t';
            default -> throw new InvalidInputException("delimiter", UserErrorCode.INVALID, "use , ; or tab");
        };
    }

    private static InvalidInputException tooLarge(CsvLimitExceededException limit, CsvLimits limits) {
        return new InvalidInputException("file", limit.kind() == CsvLimitExceededException.Kind.COLUMNS
                ? UserErrorCode.TOO_MANY : UserErrorCode.TOO_LONG, limit.getMessage() + "; limits: " + limits.maxColumns()
                        + " columns and " + limits.maxRowChars() + " characters per row, " + limits.maxFieldChars()
                        + " characters per field");
    }

    private static InvalidInputException badEncoding() {
        return new InvalidInputException("file", UserErrorCode.INVALID, "the file is not UTF-8 text; save it as CSV UTF-8");
    }

    private static InvalidInputException unreadable(Throwable cause) {
        return new InvalidInputException("file", UserErrorCode.INVALID, "the file is not valid CSV: " + cause.getMessage());
    }
}
