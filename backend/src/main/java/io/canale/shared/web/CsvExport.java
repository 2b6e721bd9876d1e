package io.canale.shared.web;

import io.canale.shared.Pages;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A list exported as CSV (RFC 4180: comma, CRLF, quotes where needed, UTF-8), streamed page by page through the
 * same keyset pages the list's connection serves, so an export holds exactly what the caller may list there and
 * never the whole list in memory. The first page is read before the answer starts: a refusal is an HTTP error
 * with a JSON body, not a broken file.
 *
 * <p>Each page is charged to the caller's rate budget ({@link ExportBudget}) as the same rows and columns would cost
 * through the list's connection: a point per page and a point per cell. The first page must fit (429 otherwise);
 * later pages are charged as they stream, into debt if need be, so a large export makes the caller's next requests
 * wait rather than breaking the file half-way.
 */
public final class CsvExport {

    public static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv; charset=UTF-8");

    private CsvExport() {
    }

    /**
     * @param pages a page of the list after a position, with the list's visibility rules (the caller is bound in)
     * @param rows the cells of a page's rows, read in one go so that names can be looked up once per page
     */
    public static <T> ResponseEntity<StreamingResponseBody> of(ExportBudget budget, String budgetKey, String fileName,
            List<String> header, Function<ScrollSubrange, Window<T>> pages, Function<List<T>, List<List<Object>>> rows) {
        Window<T> first = pages.apply(ScrollSubrange.create(ScrollPosition.keyset(), Pages.MAX_SIZE, true));
        budget.charge(budgetKey, cost(first, header));
        StreamingResponseBody body = out -> {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
            try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format)) {
                Window<T> window = first;
                while (true) {
                    for (List<Object> row : rows.apply(window.getContent())) {
                        printer.printRecord(row.stream().map(CsvExport::cell).toList());
                    }
                    if (window.isEmpty() || !window.hasNext()) {
                        break;
                    }
                    window = pages.apply(ScrollSubrange.create(window.positionAt(window.size() - 1), Pages.MAX_SIZE, true));
                    budget.chargeOwed(budgetKey, cost(window, header));
                }
            }
        };
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .contentType(TEXT_CSV).body(body);
    }

    /** What the page would cost through the API: a point for the page, one per cell (each column is a scalar field). */
    static long cost(Window<?> page, List<String> header) {
        return 1 + (long) page.size() * header.size();
    }

    /**
     * A cell as written: text that a spreadsheet would run as a formula (it starts with {@code =}, {@code @}, a tab,
     * a carriage return, or a {@code +}/{@code -} not followed by a digit or space) gets a leading apostrophe, since
     * much of it was typed by the public (web-form leads); phone numbers such as "+39 02…" stay as they are.
     */
    static Object cell(Object value) {
        if (!(value instanceof String text) || text.isEmpty()) {
            return value;
        }
        char first = text.charAt(0);
        boolean sign = (first == '+' || first == '-')
                && (text.length() == 1 || !(Character.isDigit(text.charAt(1)) || text.charAt(1) == ' '));
        return first == '=' || first == '@' || first == '\t' || first == '\r' || sign ? "'" + text : text;
    }
}
