package io.canale.fund;

import io.canale.security.Caller;
import io.canale.shared.web.FileTransferEndpoint;
import io.canale.shared.web.Uploads;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Proof of performance beside the GraphQL API, behind the same bearer tokens: the partner uploads to its approved
 * request ({@code POST /funds/requests/{requestId}/evidence?kind=INVOICE}, multipart field {@code file}); readers of the
 * allocation download ({@code GET /funds/requests/{requestId}/evidence/{evidenceId}}), always as a download.
 */
@RestController
@FileTransferEndpoint
class FundEvidenceEndpoint {

    static final long ENVELOPE_BYTES = 16 * 1024;

    /** An attached file as the upload answers it. */
    record View(String id, ActivityType.EvidenceKind kind, String fileName, String contentType, long size, String downloadPath) {
    }

    private final FundEvidence evidence;

    FundEvidenceEndpoint(FundEvidence evidence) {
        this.evidence = evidence;
    }

    static String downloadPath(String requestId, String evidenceId) {
        return "/funds/requests/" + requestId + "/evidence/" + evidenceId;
    }

    @PostMapping(path = "/funds/requests/{requestId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<View> upload(@PathVariable String requestId, @RequestParam(required = false) String kind,
            MultipartHttpServletRequest request, Caller caller) throws IOException {
        ActivityType.EvidenceKind evidenceKind = evidence.mayAttach(caller, requestId, kind); // before reading the body
        if (request.getContentLengthLong() > FundEvidence.MAX_SIZE.toBytes() + ENVELOPE_BYTES) {
            throw new MaxUploadSizeExceededException(FundEvidence.MAX_SIZE.toBytes());
        }
        FundRequest.Evidence file = evidence.attach(caller, requestId, evidenceKind, Uploads.file(request, "file"));
        View view = new View(file.id(), file.kind(), file.fileName(), file.contentType(), file.size(), downloadPath(requestId, file.id()));
        return ResponseEntity.created(URI.create(view.downloadPath())).body(view);
    }

    @GetMapping("/funds/requests/{requestId}/evidence/{evidenceId}")
    ResponseEntity<Resource> download(@PathVariable String requestId, @PathVariable String evidenceId, Caller caller) throws IOException {
        FundEvidence.Download download = evidence.download(caller, requestId, evidenceId);
        FundRequest.Evidence file = download.evidence();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(new InputStreamResource(download.content().getInputStream()));
    }
}
