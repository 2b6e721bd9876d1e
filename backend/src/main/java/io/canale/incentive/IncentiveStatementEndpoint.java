package io.canale.incentive;

import io.canale.security.Caller;
import io.canale.shared.web.CsvExport;
import io.canale.shared.web.ExportBudget;
import io.canale.shared.web.FileTransferEndpoint;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Window;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A partner's incentive statement for one program period, beside the GraphQL API and behind the same bearer tokens:
 * {@code GET /incentives/{programId}/statements/{period}.pdf} and {@code .csv}, with {@code partnerId} for staff. The
 * reader's {@code Accept-Language} picks Italian or English. A dealer gets its own; another partner's, or a program it
 * does not take part in, answers 404; refusals have the shape of {@link FileTransferEndpoint}.
 */
@RestController
@FileTransferEndpoint
class IncentiveStatementEndpoint {

    private final IncentiveStatements statements;
    private final ExportBudget budget;

    IncentiveStatementEndpoint(IncentiveStatements statements, ExportBudget budget) {
        this.statements = statements;
        this.budget = budget;
    }

    @GetMapping(path = "/incentives/{programId}/statements/{period}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String programId, @PathVariable String period,
            @RequestParam(required = false) String partnerId, Caller caller, Locale locale) {
        IncentiveStatements.File file = statements.pdf(statements.statement(caller, programId, period, partnerId), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }

    @GetMapping(path = "/incentives/{programId}/statements/{period}.csv")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable String programId, @PathVariable String period,
            @RequestParam(required = false) String partnerId, Caller caller, Locale locale) {
        IncentiveStatements.Statement statement = statements.statement(caller, programId, period, partnerId);
        List<List<Object>> rows = statements.csvRows(statement, locale);
        // One page: a statement is one partner's period, read whole above so that a refusal is an HTTP error, not a broken file.
        // Charged to the rate budget like any export: a point per cell of the statement's rows.
        return CsvExport.of(budget, caller.budgetKey(), statements.csvFileName(statement, locale), statements.csvHeader(locale),
                page -> Window.from(rows, i -> null, false), page -> page);
    }
}
