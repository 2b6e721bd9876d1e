package io.canale.partner;

import io.canale.shared.PartnerType;
import java.util.List;

/** The GraphQL inputs of the partner directory, bound by Spring for GraphQL. */
final class PartnerInputs {

    private PartnerInputs() {
    }

    record PartnerFilter(PartnerType type, Boolean active, String nameContains, String country) {
    }

    record CreatePartnerInput(PartnerType type, String name, PartnerTier tier, Territory territory,
            List<Contact> contacts, PartnerAddress address) {

        PartnerProfile profile() {
            return new PartnerProfile(name, tier, territory, contacts);
        }
    }

    /** {@code address}: omitted keeps the stored one. */
    record UpdatePartnerInput(String id, Integer expectedVersion, String name, PartnerTier tier, Territory territory,
            List<Contact> contacts, PartnerAddress address) {

        PartnerProfile profile() {
            return new PartnerProfile(name, tier, territory, contacts);
        }
    }

    record PartnerStatusInput(String id, Integer expectedVersion) {
    }
}
