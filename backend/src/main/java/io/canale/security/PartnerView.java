package io.canale.security;

/** How much of one partner record a caller sees. */
public enum PartnerView {
    /** Every field, contacts included. */
    FULL,
    /** Name, type and status only: what any partner sees of the manufacturer. */
    PUBLIC,
    /** Nothing: the record answers "not found". */
    NONE
}
