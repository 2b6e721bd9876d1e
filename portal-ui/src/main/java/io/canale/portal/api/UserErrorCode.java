package io.canale.portal.api;

/** The backend's machine-readable reasons for refusing a mutation's input. */
@SchemaType
public enum UserErrorCode {
    REQUIRED, INVALID, TOO_LONG, TOO_MANY, NOT_FOUND, DUPLICATE, VERSION_CONFLICT, ILLEGAL_STATE, NOT_ALLOWED,
    MAIL_NOT_CONFIGURED, MAIL_NOT_SENT, EXCEEDS_AVAILABLE, EVIDENCE_MISSING, DEADLINE_PASSED
}
