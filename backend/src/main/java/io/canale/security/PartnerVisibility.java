package io.canale.security;

/**
 * Which partners a caller may list: all of them (staff), or its own partner plus the public profile of the
 * manufacturer.
 */
public sealed interface PartnerVisibility {

    record All() implements PartnerVisibility {
    }

    record OwnAndManufacturer(String ownPartnerId) implements PartnerVisibility {
    }
}
