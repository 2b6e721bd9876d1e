package io.canale.shared.web;

import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.UserError;
import io.canale.shared.UserErrorCode;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * One error shape for every {@link FileTransferEndpoint}: partner systems and the portal parse the same
 * {@code errors} list whether the file was empty, too large, missing, or had wrong columns.
 */
@RestControllerAdvice(annotations = FileTransferEndpoint.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FileTransferErrors {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, List<UserError>>> invalid(InvalidInputException ex) {
        return answer(HttpStatus.BAD_REQUEST, ex.errors());
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, List<UserError>>> missing(Exception ex) {
        String name = ex instanceof MissingServletRequestPartException part ? part.getRequestPartName()
                : ((MissingServletRequestParameterException) ex).getParameterName();
        return answer(HttpStatus.BAD_REQUEST, List.of(UserError.of(name, UserErrorCode.REQUIRED, "must be given")));
    }

    /** A query parameter that is not one of its values (e.g. an unknown status on an export). */
    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, List<UserError>>> mismatched(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException ex) {
        return answer(HttpStatus.BAD_REQUEST, List.of(UserError.of(ex.getName(), UserErrorCode.INVALID, "not a valid value")));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, List<UserError>>> tooLarge(MaxUploadSizeExceededException ex) {
        String limit = ex.getMaxUploadSize() > 0 ? " of " + ex.getMaxUploadSize() + " bytes" : "";
        return answer(HttpStatus.CONTENT_TOO_LARGE,
                List.of(UserError.of("file", UserErrorCode.TOO_LONG, "the file is over the limit" + limit)));
    }

    /** Also a multipart body the container cannot parse (no boundary, cut short): the caller's mistake. */
    @ExceptionHandler({MultipartException.class, InvalidParameterException.class})
    ResponseEntity<Map<String, List<UserError>>> notMultipart(RuntimeException ex) {
        return answer(HttpStatus.BAD_REQUEST,
                List.of(UserError.of("file", UserErrorCode.INVALID, "send the file as multipart/form-data, field \"file\"")));
    }

    /** Bodiless, so it works whatever the client accepts (a report is CSV, errors would be JSON). */
    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }

    /** Over the caller's rate budget: when to try again, in the header and in the body (JSON whatever was accepted). */
    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<Map<String, List<Map<String, Object>>>> rateLimited(RateLimitedException ex) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("errors", List.of(Map.of("code", "RATE_LIMITED", "message", ex.getMessage(),
                        "retryAfter", ex.retryAfterSeconds()))));
    }

        @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Void> forbidden() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }

    /**
     * JSON whatever the client accepts: the type is set, so Spring writes it without negotiating (a download asked for
     * as PDF or CSV would otherwise turn the refusal into a 500 "no acceptable representation").
     */
    private static ResponseEntity<Map<String, List<UserError>>> answer(HttpStatus status, List<UserError> errors) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("errors", errors));
    }
}
