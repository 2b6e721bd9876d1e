package io.canale.order;

import io.canale.security.Caller;
import io.canale.shared.web.FileTransferEndpoint;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The order confirmation as a PDF download beside the GraphQL API, behind the same bearer tokens
 * ({@code GET /orders/{orderId}/confirmation.pdf}), as service-case attachments are served: always a download, never
 * rendered in the page. Dates and amounts follow the request's {@code Accept-Language}; refusals have the shape of
 * {@link FileTransferEndpoint} (a reader who may not have it is answered 404).
 */
@RestController
@FileTransferEndpoint
class OrderConfirmationEndpoint {

    private final OrderConfirmations confirmations;

    OrderConfirmationEndpoint(OrderConfirmations confirmations) {
        this.confirmations = confirmations;
    }

    @GetMapping(path = "/orders/{orderId}/confirmation.pdf")
    ResponseEntity<byte[]> download(@PathVariable String orderId, Caller caller, Locale locale) {
        OrderConfirmations.Document document = confirmations.confirmation(caller, orderId, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(document.pdf().length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(document.pdf());
    }
}
