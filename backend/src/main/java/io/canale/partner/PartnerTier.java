package io.canale.partner;

/** A partner's level in the channel programme. */
public enum PartnerTier {
    STANDARD, SILVER, GOLD, PLATINUM
}
