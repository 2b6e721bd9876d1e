package io.canale.portal.api;

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
        GRAPHQL
    }

    private final Kind kind;

    public ApiException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
