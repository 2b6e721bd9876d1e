package io.canale.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every request body to its limit before any handler, security filter or parser sees it: the API's limit
 * ({@code canale.http.max-request-bytes}) for GraphQL, the web form and the authorization server's forms, the
 * multipart limit for the file endpoints ({@code /imports/**}, {@code /service-cases/{id}/comments/{id}/attachments},
 * {@code /funds/requests/{id}/evidence}, {@code /shipments/{id}/proof-of-delivery}),
 * which answer in their own error shape.
 * <ul>
 * <li>A declared length over the limit is refused at once, unread.</li>
 * <li>A body without a length (chunked) is read here, counting bytes, into a buffer of at most the limit; one
 * byte more and it is refused, so no handler ever gets half a body. The request goes on with the buffered body
 * (and, for a form, its fields parsed from it). A body with a length needs no counting: the container never
 * reads past the length it declared.</li>
 * <li>Multipart bodies are streamed by the container's own parser, which counts them against the multipart
 * limit whether chunked or not; buffering 50 MB here would defeat that.</li>
 * </ul>
 * Refusals are 413 with {@code {"errors": [{"field": ..., "code": "TOO_LONG", "message": ...}]}}.
 */
@Component
@Order(FilterOrders.BODY_LIMIT)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    /** Methods whose requests carry no body worth reading; a body sent with them is left alone. */
    private static final Set<String> BODILESS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final long maxBytes;
    private final long maxUploadBytes;

    RequestBodyLimitFilter(@Value("${canale.http.max-request-bytes:2097152}") long maxBytes,
            @Value("${spring.servlet.multipart.max-request-size:50MB}") DataSize maxUploadSize) {
        this.maxBytes = maxBytes;
        this.maxUploadBytes = maxUploadSize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return BODILESS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = isUpload(request.getRequestURI());
        long limit = upload ? maxUploadBytes : maxBytes;
        long length = request.getContentLengthLong();
        if (length > limit) {
            refuse(response, upload, limit);
            return;
        }
        if (length >= 0 || isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), limit);
        if (body == null) {
            refuse(response, upload, limit);
            return;
        }
        BufferedBodyRequest buffered;
        try {
            buffered = new BufferedBodyRequest(request, body);
        } catch (IllegalArgumentException ex) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            writeJson(response, upload, "INVALID", "the request's form fields could not be decoded; check their encoding");
            return;
        }
        chain.doFilter(buffered, response);
    }

    /** The whole body, or null as soon as it is longer than {@code limit}; never holds more than limit + 1 bytes. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
        return in.read() < 0 ? body : null;
    }

    /** The file endpoints: imports, files attached to service-case comments, proof of performance of fund claims. */
    private static boolean isUpload(String uri) {
        return uri.startsWith("/imports/") || uri.startsWith("/service-cases/") && uri.endsWith("/attachments")
                || uri.startsWith("/funds/requests/") && uri.endsWith("/evidence")
                || uri.startsWith("/shipments/") && uri.endsWith("/proof-of-delivery");
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
    }

    private static void refuse(HttpServletResponse response, boolean upload, long limit) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        writeJson(response, upload, "TOO_LONG", upload ? "the upload is over the limit of " + limit + " bytes"
                : "the request body is over the limit of " + limit + " bytes");
    }

    private static void writeJson(HttpServletResponse response, boolean upload, String code, String message)
            throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"errors\":[{\"field\":" + (upload ? "[\"file\"]" : "null") + ",\"code\":\"" + code
                + "\",\"message\":\"" + message + "\"}]}");
    }
}
