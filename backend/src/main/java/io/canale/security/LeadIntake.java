package io.canale.security;

/** Where a lead captured by a caller goes, as the policy decides. */
public enum LeadIntake {
    /** Staff's leads are routed by the rules at once. */
    ROUTED_BY_RULES,
    /** A dealer's leads (its people and systems) are owned by that dealer from the start. */
    OWNED_BY_CALLERS_DEALER
}
