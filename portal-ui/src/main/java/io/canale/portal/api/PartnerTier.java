package io.canale.portal.api;

/** A partner's level in the channel programme; partners and routing rules use it. */
public enum PartnerTier {
    STANDARD, SILVER, GOLD, PLATINUM
}
