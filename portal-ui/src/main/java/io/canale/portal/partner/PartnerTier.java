package io.canale.portal.partner;

/** A partner's level in the channel programme. */
enum PartnerTier {
    STANDARD, SILVER, GOLD, PLATINUM
}
