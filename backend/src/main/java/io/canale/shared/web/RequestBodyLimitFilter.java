package io.canale.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the configured size with 413 before anything reads them. Requests without a
 * length (chunked) get 411 on the API, so the limit cannot be bypassed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    RequestBodyLimitFilter(@Value("${canale.http.max-request-bytes:2097152}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** File uploads have their own, larger limit (spring.servlet.multipart.*). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return (!"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod()))
                || request.getRequestURI().startsWith("/imports/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value(),
                    "Request body of " + length + " bytes exceeds the limit of " + maxBytes + " bytes");
            return;
        }
        if (length < 0 && request.getRequestURI().startsWith("/graphql")) {
            response.sendError(HttpStatus.LENGTH_REQUIRED.value(), "Content-Length is required");
            return;
        }
        chain.doFilter(request, response);
    }
}
