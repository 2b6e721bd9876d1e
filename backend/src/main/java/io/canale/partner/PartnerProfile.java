package io.canale.partner;

import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.util.List;

/** The editable part of a partner, validated as a whole before anything is written. */
record PartnerProfile(String name, PartnerTier tier, Territory territory, List<Contact> contacts) {

    static final int MAX_CONTACTS = 20;

    PartnerProfile {
        name = name == null ? null : name.strip();
        tier = tier == null ? PartnerTier.STANDARD : tier;
        territory = territory == null ? Territory.none() : territory;
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    PartnerProfile validated() {
        UserErrors errors = new UserErrors().requireText("input.name", name, 120);
        territory.validate(errors, "input.territory");
        if (contacts.size() > MAX_CONTACTS) {
            errors.add("input.contacts", UserErrorCode.TOO_MANY, "at most " + MAX_CONTACTS + " contacts");
        }
        for (int i = 0; i < contacts.size(); i++) {
            contacts.get(i).validate(errors, "input.contacts." + i);
        }
        errors.throwIfAny();
        return this;
    }
}
