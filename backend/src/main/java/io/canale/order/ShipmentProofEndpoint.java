package io.canale.order;

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
 * Proof of delivery beside the GraphQL API, behind the same bearer tokens: the shipment's carrier uploads the photo of the
 * delivered goods ({@code POST /shipments/{shipmentId}/proof-of-delivery}, multipart field {@code file}); readers of the
 * shipment download it ({@code GET} on the same path), always as a download.
 */
@RestController
@FileTransferEndpoint
class ShipmentProofEndpoint {

    static final long ENVELOPE_BYTES = 16 * 1024;

    /** The stored proof as the upload answers it. */
    record View(String fileName, String contentType, long size, String downloadPath) {
    }

    private final ShipmentProofs proofs;

    ShipmentProofEndpoint(ShipmentProofs proofs) {
        this.proofs = proofs;
    }

    @PostMapping(path = "/shipments/{shipmentId}/proof-of-delivery", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<View> upload(@PathVariable String shipmentId, MultipartHttpServletRequest request, Caller caller) throws IOException {
        proofs.mayAttach(caller, shipmentId); // before reading the body
        if (request.getContentLengthLong() > proofs.maxBytes() + ENVELOPE_BYTES) {
            throw new MaxUploadSizeExceededException(proofs.maxBytes());
        }
        ProofOfDelivery proof = proofs.attach(caller, shipmentId, Uploads.file(request, "file"));
        View view = new View(proof.fileName(), proof.contentType(), proof.size(), ShipmentProofs.downloadPath(shipmentId));
        return ResponseEntity.created(URI.create(view.downloadPath())).body(view);
    }

    @GetMapping("/shipments/{shipmentId}/proof-of-delivery")
    ResponseEntity<Resource> download(@PathVariable String shipmentId, Caller caller) throws IOException {
        ShipmentProofs.Download download = proofs.download(caller, shipmentId);
        ProofOfDelivery proof = download.proof();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(proof.contentType()))
                .contentLength(proof.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(proof.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(new InputStreamResource(download.content().getInputStream()));
    }
}
