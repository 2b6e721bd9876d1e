package io.canale.shared;

/** Machine-readable reasons a mutation refused its input; mirrored by the GraphQL enum of the same name. */
public enum UserErrorCode {
    REQUIRED, INVALID, TOO_LONG, TOO_MANY, NOT_FOUND, DUPLICATE, VERSION_CONFLICT, ILLEGAL_STATE, NOT_ALLOWED,
    MAIL_NOT_CONFIGURED, MAIL_NOT_SENT, EXCEEDS_AVAILABLE, EVIDENCE_MISSING, DEADLINE_PASSED
}
