package io.canale.portal.api;

/** A partner's level in the channel programme; partners and routing rules use it. */
@SchemaType
public enum PartnerTier {
    STANDARD, SILVER, GOLD, PLATINUM
}
