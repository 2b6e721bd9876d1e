package io.canale.portal.partner;

import io.canale.portal.api.PartnerTier;
import io.canale.portal.api.PartnerType;
import java.util.List;

/** A partner as the API returns it; the list query leaves {@code contacts} out (null). */
record Partner(String id, PartnerType type, String name, boolean active, PartnerTier tier, Territory territory,
        List<Contact> contacts, int version) {

    record Territory(List<String> countries, List<String> regions) {
    }

    record Contact(String name, String email, String phone, String role) {
    }

    List<String> countries() {
        return territory == null ? List.of() : territory.countries();
    }

    List<String> regions() {
        return territory == null ? List.of() : territory.regions();
    }
}
