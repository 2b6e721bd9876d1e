package io.canale.partner;

import io.canale.identity.PartnerStatusLookup;
import org.springframework.stereotype.Component;

/** Tells the authorization server whether a partner is still active. */
@Component
class PartnerStatusAdapter implements PartnerStatusLookup {

    private final PartnerRepository partners;

    PartnerStatusAdapter(PartnerRepository partners) {
        this.partners = partners;
    }

    @Override
    public boolean isActive(String partnerId) {
        return partners.existsByIdAndActiveTrue(partnerId);
    }
}
