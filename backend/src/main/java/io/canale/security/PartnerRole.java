package io.canale.security;

/** A person's role inside their own partner. */
public enum PartnerRole {
    /** Manages the partner's users and partner-system clients; for the manufacturer, also the directory. */
    ADMIN,
    /** Works with the partner's records. */
    MEMBER
}
