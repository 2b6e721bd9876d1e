package io.canale.servicecase;

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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Files on service-case comments, beside the GraphQL API and behind the same bearer tokens: the comment's author
 * uploads ({@code POST /service-cases/{caseId}/comments/{commentId}/attachments}, multipart field {@code file});
 * whoever may read the comment downloads ({@code GET /service-cases/{caseId}/attachments/{attachmentId}}), always as a
 * download that no browser renders in the page. Refusals have the shape of {@link FileTransferEndpoint}.
 */
@RestController
@FileTransferEndpoint
class CaseAttachmentEndpoint {

    /** Room for the multipart envelope around the file (boundaries, part headers, a long file name). */
    static final long ENVELOPE_BYTES = 16 * 1024;

    private final CaseAttachments attachments;

    CaseAttachmentEndpoint(CaseAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping(path = "/service-cases/{caseId}/comments/{commentId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseAttachments.View> upload(@PathVariable String caseId, @PathVariable String commentId,
            MultipartHttpServletRequest request, Caller caller) throws IOException {
        attachments.mayAttach(caller, caseId, commentId); // before reading a byte of the body
        long maxBytes = attachments.limits().maxBytes().toBytes();
        if (request.getContentLengthLong() > maxBytes + ENVELOPE_BYTES) { // announced too large: refused unread
            throw new MaxUploadSizeExceededException(maxBytes);
        }
        CaseAttachment attached = attachments.attach(caller, caseId, commentId, Uploads.file(request, "file"));
        CaseAttachments.View view = CaseAttachments.View.of(caseId, attached);
        return ResponseEntity.created(URI.create(view.downloadPath())).body(view);
    }

    /**
     * The file with its detected type, as an attachment under its (cleaned) name; {@code nosniff} and a sandbox policy
     * keep a browser from running anything in it even if it were opened in place.
     */
    @GetMapping("/service-cases/{caseId}/attachments/{attachmentId}")
    ResponseEntity<Resource> download(@PathVariable String caseId, @PathVariable String attachmentId, Caller caller)
            throws IOException {
        CaseAttachments.Download download = attachments.download(caller, caseId, attachmentId);
        CaseAttachment file = download.attachment();
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
