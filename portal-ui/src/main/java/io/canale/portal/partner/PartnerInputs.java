package io.canale.portal.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.PartnerTier;
import io.canale.portal.api.PartnerType;
import io.canale.portal.api.SchemaType;
import java.util.List;

/** What the partner form sends: the API's partner inputs. */
final class PartnerInputs {

    private PartnerInputs() {
    }

    /** A new partner. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CreatePartnerInput(PartnerType type, String name, PartnerTier tier, TerritoryInput territory,
            List<ContactInput> contacts, AddressInput address) {
    }

    /** A partner's new profile, based on the version the form loaded. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UpdatePartnerInput(String id, int expectedVersion, String name, PartnerTier tier, TerritoryInput territory,
            List<ContactInput> contacts, AddressInput address) {
    }

    /** Which partner to deactivate or reactivate, at the version the form loaded. */
    @SchemaType
    record PartnerStatusInput(String id, int expectedVersion) {
    }

    @SchemaType
    record TerritoryInput(List<String> countries, List<String> regions) {
    }

    /** A business address: all four parts, or none sent (an update without one keeps the stored address). */
    @SchemaType("PartnerAddressInput")
    record AddressInput(String street, String postalCode, String city, String country) {
    }

    /** A contact; blank optional details are left out rather than sent empty. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ContactInput(String name, String email, String phone, String role) {
    }
}
