package io.canale.leadimport;

import io.canale.security.Caller;
import io.canale.shared.web.FileTransferEndpoint;
import io.canale.shared.web.Uploads;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * File transfer for lead imports, beside the GraphQL API and behind the same bearer tokens: upload a CSV
 * ({@code POST /imports/leads}, multipart field {@code file}) and download a job's error report. Refusals have
 * the shape of {@link FileTransferEndpoint}.
 */
@RestController
@FileTransferEndpoint
class LeadImportEndpoint {

    private final LeadImports imports;

    LeadImportEndpoint(LeadImports imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/imports/leads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> upload(MultipartHttpServletRequest request, Caller caller) throws IOException {
        imports.mayStart(caller); // before reading a byte of the body
        boolean dryRun = Boolean.parseBoolean(request.getParameter("dryRun"));
        MultipartFile file = Uploads.file(request, "file");
        LeadImportJob job = imports.start(caller, file.getOriginalFilename(), file.getSize(), file.getInputStream(),
                dryRun, request.getParameter("delimiter"));
        return ResponseEntity.accepted().body(Map.of("id", job.id(), "status", job.status().name(), "dryRun", job.dryRun()));
    }

    @GetMapping(path = "/imports/leads/{id}/errors.csv", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> errorReport(@PathVariable String id, Caller caller) {
        var errors = imports.allErrors(caller, id);
        StreamingResponseBody body = out -> {
            try (errors; CSVPrinter printer = new CSVPrinter(new PrintWriter(out, false, StandardCharsets.UTF_8),
                    CSVFormat.DEFAULT.builder().setHeader("row", "column", "code", "message").get())) {
                for (ImportRowError error : (Iterable<ImportRowError>) errors::iterator) {
                    printer.printRecord(error.row(), error.column(), error.code(), error.message());
                }
            }
        };
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8")).body(body);
    }
}
