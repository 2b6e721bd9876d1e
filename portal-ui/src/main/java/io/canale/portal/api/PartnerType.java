package io.canale.portal.api;

/** The kind of organisation a partner is; several features branch on it. */
@SchemaType
public enum PartnerType {
    DEALER, SUPPLIER, CARRIER, MANUFACTURER
}
