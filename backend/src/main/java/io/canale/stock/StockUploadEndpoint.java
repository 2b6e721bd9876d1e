package io.canale.stock;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.csv.CsvLimits;
import io.canale.shared.web.FileTransferEndpoint;
import io.canale.shared.web.Uploads;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * A supplier's stock as a CSV file ({@code POST /imports/stock}, multipart field {@code file}): the same feed as
 * the {@code publishStock} mutation, answered at once, since one file holds at most as many items as one call.
 * With {@code dryRun=true} the file is checked the same way and nothing is written: {@code applied} says how many
 * items would be.
 */
@RestController
@FileTransferEndpoint
class StockUploadEndpoint {

    /**
     * {@code applied}: items applied, or that would be applied in a dry run; {@code refusedRows}: rows with at least
     * one error (a row may have several); row 0 errors concern the file as a whole and count no row.
     */
    record Answer(long rows, int applied, long refusedRows, boolean dryRun, List<StockCsv.RowError> errors) {

        static Answer of(long rows, int applied, boolean dryRun, List<StockCsv.RowError> errors) {
            long refusedRows = errors.stream().mapToLong(StockCsv.RowError::row).filter(row -> row > 0).distinct().count();
            return new Answer(rows, applied, refusedRows, dryRun, errors);
        }
    }

    private final StockSignals stock;
    private final AccessPolicy policy;
    private final CsvLimits csvLimits;

    StockUploadEndpoint(StockSignals stock, AccessPolicy policy, CsvLimits csvLimits) {
        this.stock = stock;
        this.policy = policy;
        this.csvLimits = csvLimits;
    }

    @PostMapping(path = "/imports/stock", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Answer upload(MultipartHttpServletRequest request, Caller caller) throws IOException {
        policy.publishStock(caller).enforce(); // before reading a byte of the body
        char separator = StockCsv.delimiter(request.getParameter("delimiter"));
        MultipartFile file = Uploads.file(request, "file");
        StockCsv.Parsed parsed;
        try (InputStream in = file.getInputStream()) {
            parsed = StockCsv.read(in, separator, StockSignals.MAX_ITEMS, csvLimits);
        }
        boolean dryRun = Boolean.parseBoolean(request.getParameter("dryRun"));
        StockSignals.Result result = parsed.items().isEmpty() ? new StockSignals.Result(0, List.of())
                : dryRun ? stock.check(caller, parsed.items()) : stock.publish(caller, parsed.items());
        return Answer.of(parsed.rows(), result.applied(), dryRun, parsed.withFeedErrors(result.errors()));
    }
}
