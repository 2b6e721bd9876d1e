package io.canale.security;

import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.UserErrorCode;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the {@link AccessPolicy} decided about one action, and why. A record's {@code viewerCan} answers
 * {@link #allowed()}; the mutation calls the same policy method and {@link #enforce(String) enforces} the same
 * decision, so the two cannot disagree.
 */
public record Decision(Verdict verdict, String reason) {

    public enum Verdict {
        ALLOWED,
        /** The token lacks the scope, or the caller's kind of partner never does this: a FORBIDDEN error. */
        FORBIDDEN,
        /** The record is outside the caller's reach: it answers "not found", as if it did not exist. */
        NOT_FOUND,
        /** The caller sees the record, but this move belongs to another party. */
        NOT_ALLOWED,
        /** The right party, but not in the record's present state. */
        ILLEGAL_STATE
    }

    private static final Decision ALLOWED = new Decision(Verdict.ALLOWED, "allowed");

    static Decision allow() {
        return ALLOWED;
    }

    static Decision forbid(String reason) {
        return new Decision(Verdict.FORBIDDEN, reason);
    }

    /** {@code what} names the record, as in "order not found". */
    static Decision hide(String what) {
        return new Decision(Verdict.NOT_FOUND, what);
    }

    static Decision refuse(String reason) {
        return new Decision(Verdict.NOT_ALLOWED, reason);
    }

    static Decision notNow(String reason) {
        return new Decision(Verdict.ILLEGAL_STATE, reason);
    }

    public boolean allowed() {
        return verdict == Verdict.ALLOWED;
    }

    /** This decision if it refuses, otherwise the next one: checks in order, the first refusal wins. */
    Decision then(java.util.function.Supplier<Decision> next) {
        return allowed() ? next.get() : this;
    }

    /**
     * Throws what the API answers for a refusal: FORBIDDEN as a GraphQL error, "not found" as
     * {@link NotFoundException}, the other two as a user error at {@code field} (the input path at fault).
     */
    public void enforce(String field) {
        switch (verdict) {
            case ALLOWED -> { }
            case FORBIDDEN -> throw new AccessDeniedException(reason);
            case NOT_FOUND -> throw new NotFoundException(reason);
            case NOT_ALLOWED -> throw new InvalidInputException(field, UserErrorCode.NOT_ALLOWED, reason);
            case ILLEGAL_STATE -> throw new InvalidInputException(field, UserErrorCode.ILLEGAL_STATE, reason);
        }
    }

    /** For actions that concern no one record, where only FORBIDDEN can refuse. */
    public void enforce() {
        enforce("input");
    }
}
