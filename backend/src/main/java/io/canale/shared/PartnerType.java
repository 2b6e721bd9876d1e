package io.canale.shared;

/** The kind of organisation a partner is; the manufacturer's own staff belong to a MANUFACTURER partner. */
public enum PartnerType {
    DEALER, SUPPLIER, CARRIER, MANUFACTURER
}
