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
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over their limit with 413 before anything reads them: the API's limit for GraphQL
 * and the rest, the multipart limit for the file endpoints ({@code /imports/**}), which answer in their own
 * error shape. Reading first is not an option for uploads: the security filters look at request parameters,
 * which would make the container parse an oversized body and refuse it with an HTML page of its own.
 * Requests without a length (chunked) get 411 on {@code /graphql}, so its limit cannot be bypassed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final long maxUploadBytes;

    RequestBodyLimitFilter(@Value("${canale.http.max-request-bytes:2097152}") long maxBytes,
            @Value("${spring.servlet.multipart.max-request-size:50MB}") DataSize maxUploadSize) {
        this.maxBytes = maxBytes;
        this.maxUploadBytes = maxUploadSize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean upload = request.getRequestURI().startsWith("/imports/");
        long limit = upload ? maxUploadBytes : maxBytes;
        if (length > limit && upload) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"errors\":[{\"field\":[\"file\"],\"code\":\"TOO_LONG\",\"message\":"
                    + "\"the upload is over the limit of " + limit + " bytes\"}]}");
            return;
        }
        if (length > limit) {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value(),
                    "Request body of " + length + " bytes exceeds the limit of " + limit + " bytes");
            return;
        }
        if (length < 0 && request.getRequestURI().startsWith("/graphql")) {
            response.sendError(HttpStatus.LENGTH_REQUIRED.value(), "Content-Length is required");
            return;
        }
        chain.doFilter(request, response);
    }
}
