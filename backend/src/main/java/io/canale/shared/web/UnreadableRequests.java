package io.canale.shared.web;

import io.canale.shared.UserError;
import io.canale.shared.UserErrorCode;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request whose parameters or form fields the servlet container cannot decode (malformed percent-encoding,
 * a multipart body without its boundary or cut short) is the caller's mistake: 400 with an {@code errors}
 * list, logged at debug level without a stack trace. Tomcat raises these when parameters are first read,
 * which for our endpoints happens while their arguments are bound, past Spring's own handling of unreadable
 * bodies. The file endpoints answer the same in their own shape ({@link FileTransferErrors}).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnreadableRequests {

    private static final Logger log = LoggerFactory.getLogger(UnreadableRequests.class);

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Map<String, List<UserError>>> unreadable(InvalidParameterException ex) {
        log.debug("Refused a request whose parameters could not be decoded: {}", ex.getMessage());
        return ResponseEntity.badRequest().body(Map.of("errors", List.of(new UserError(null, UserErrorCode.INVALID,
                "the request's parameters or form fields could not be decoded; check their encoding"))));
    }
}
