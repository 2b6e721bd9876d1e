package io.canale.identity;

/**
 * Implemented by the partner directory: tells sign-in and token issuance whether a partner is still active,
 * so deactivating a partner locks out its people and systems at once.
 */
public interface PartnerStatusLookup {

    boolean isActive(String partnerId);
}
