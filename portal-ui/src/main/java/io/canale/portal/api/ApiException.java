package io.canale.portal.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

/**
 * Why a call to the backend failed. Views let it propagate: the portal's error handler turns it into a
 * notification in the user's language.
 */
public class ApiException extends RuntimeException {

    /** What went wrong, as far as the user is concerned. */
    public enum Kind {
        /** The backend could not be reached or answered with a server error. */
        UNREACHABLE,
        /** The sign-in is no longer valid (refresh token expired or revoked); signing in again helps. */
        SESSION_EXPIRED,
        /** The user's token lacks the scope the operation needs. */
        FORBIDDEN,
        /** The backend refused the request with a GraphQL error; the message says why. */
        GRAPHQL,
        /** The user's rate budget at the backend is spent (HTTP 429); the message is the seconds to wait. */
        RATE_LIMITED
    }

    private static final Logger log = LoggerFactory.getLogger(ApiException.class);

    private final Kind kind;
    private final String code;

    public ApiException(Kind kind, String message, Throwable cause) {
        this(kind, message, null, cause);
    }

    public ApiException(Kind kind, String message, String code, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    /** The GraphQL error's {@code extensions.code}, e.g. {@code NOT_FOUND}; null when there is none. */
    public String code() {
        return code;
    }

    /**
     * What a failed HTTP call to the backend means for the user: an invalid sign-in, a missing scope, or
     * (for anything else, server errors included) an unreachable backend.
     *
     * @param operation the document or endpoint called, for the log
     */
    public static ApiException transportFailure(String operation, RuntimeException ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof OAuth2AuthorizationException
                    || cause instanceof HttpClientErrorException.Unauthorized) {
                log.info("{}: the sign-in is no longer valid ({})", operation, cause.getMessage());
                return new ApiException(Kind.SESSION_EXPIRED, cause.getMessage(), ex);
            }
            if (cause instanceof HttpClientErrorException.Forbidden) {
                return new ApiException(Kind.FORBIDDEN, cause.getMessage(), ex);
            }
            if (cause instanceof HttpClientErrorException.TooManyRequests tooMany) {
                String retryAfter = tooMany.getResponseHeaders() == null ? null : tooMany.getResponseHeaders().getFirst("Retry-After");
                log.info("{}: rate budget spent, retry after {} s", operation, retryAfter);
                return new ApiException(Kind.RATE_LIMITED, retryAfter == null || retryAfter.isBlank() ? "1" : retryAfter.strip(), ex);
            }
            if (cause instanceof ResourceAccessException || cause instanceof HttpServerErrorException) {
                break;
            }
        }
        log.warn("{}: backend unreachable: {}", operation, ex.getMessage());
        return new ApiException(Kind.UNREACHABLE, ex.getMessage(), ex);
    }
}
