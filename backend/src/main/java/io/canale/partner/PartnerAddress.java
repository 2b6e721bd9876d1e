package io.canale.partner;

import io.canale.shared.UserErrors;

/**
 * A partner's business address: where a supplier's goods are picked up, for instance. Country as an ISO code (checked by
 * the scalar).
 */
public record PartnerAddress(String street, String postalCode, String city, String country) {

    public PartnerAddress {
        street = street == null ? null : street.strip();
        postalCode = postalCode == null ? null : postalCode.strip();
        city = city == null ? null : city.strip();
    }

    PartnerAddress validated(String path) {
        new UserErrors().requireText(path + ".street", street, 120).requireText(path + ".postalCode", postalCode, 20)
                .requireText(path + ".city", city, 80).requireText(path + ".country", country, 2).throwIfAny();
        return this;
    }
}
