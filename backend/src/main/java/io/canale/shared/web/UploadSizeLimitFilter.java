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
 * Refuses uploads to the file endpoints whose declared length is over the multipart limit, with 413 in the
 * endpoints' error shape, before anything reads the body: the security filters look at request parameters,
 * which would make the container parse (and refuse) an oversized body with an HTML page of its own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    UploadSizeLimitFilter(@Value("${spring.servlet.multipart.max-request-size:50MB}") DataSize maxRequestSize) {
        this.maxBytes = maxRequestSize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/imports/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"errors\":[{\"field\":[\"file\"],\"code\":\"TOO_LONG\",\"message\":"
                    + "\"the upload is over the limit of " + maxBytes + " bytes\"}]}");
            return;
        }
        chain.doFilter(request, response);
    }
}
