package io.canale.shared;

/**
 * A cursor into the change feed older than the feed keeps: what happened in between is gone. Answered with
 * {@code extensions.code = CHANGES_EXPIRED}; the caller reads the records again and continues from a new cursor.
 */
public class CursorExpiredException extends InvalidInputException {

    public CursorExpiredException() {
        this("after");
    }

    /** For the argument that named the position, e.g. {@code afterSequence}. */
    public CursorExpiredException(String argument) {
        super(argument, UserErrorCode.INVALID, "the changes after this cursor are no longer kept; read the records again "
                + "and continue without a cursor");
    }
}
