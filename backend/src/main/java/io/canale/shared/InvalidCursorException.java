package io.canale.shared;

/**
 * An {@code after} cursor this connection did not issue: malformed, edited, or taken from another
 * connection. Answered as a GraphQL error with {@code extensions.code = INVALID_CURSOR} and
 * {@code extensions.field = ["after"]}; the caller starts again without a cursor.
 */
public class InvalidCursorException extends InvalidInputException {

    public InvalidCursorException() {
        super("after", UserErrorCode.INVALID,
                "the cursor was not issued by this connection; start again without a cursor");
    }
}
