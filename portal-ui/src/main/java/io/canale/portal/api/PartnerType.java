package io.canale.portal.api;

/** The kind of organisation a partner is; several features branch on it. */
public enum PartnerType {
    DEALER, SUPPLIER, CARRIER, MANUFACTURER
}
