package io.canale.portal.api;

import java.io.Serializable;
import java.util.List;

/**
 * The API's {@code Partner}: an organisation of the channel. The partner directory reads it in full; the viewer
 * names its own partner with it ({@code id}, {@code name}, {@code viewerCan}). What a document does not ask for
 * reads as null, so the flags and the version are wrappers.
 *
 * <p>Its {@code type} is data of the partner listed, for the directory to show and filter by: who may do what is
 * {@code viewerCan}'s and {@code viewer}'s to say, never the portal's.
 */
@SchemaType
public record Partner(String id, PartnerType type, String name, Boolean active, PartnerTier tier, Territory territory,
        List<Contact> contacts, Address address, Integer version, Actions viewerCan) implements Serializable {

    /** The business address (a supplier's is where carriers pick its goods up); null when none was given. */
    @SchemaType("PartnerAddress")
    public record Address(String street, String postalCode, String city, String country) implements Serializable {
    }

    /** Where a partner operates. */
    @SchemaType("Territory")
    public record Territory(List<String> countries, List<String> regions) implements Serializable {
    }

    /** A contact person at a partner. */
    @SchemaType("Contact")
    public record Contact(String name, String email, String phone, String role) implements Serializable {
    }

    /** What the caller may do with this partner, as the access policy decided. */
    @SchemaType("PartnerActions")
    public record Actions(boolean update, boolean deactivate, boolean manageOrganisation) implements Serializable {

        /** Nothing allowed: a partner read without its {@code viewerCan}. */
        public static final Actions NONE = new Actions(false, false, false);
    }

    /** What the caller may do with it; nothing when the document did not ask. */
    public Actions can() {
        return viewerCan == null ? Actions.NONE : viewerCan;
    }

    public boolean isActive() {
        return Boolean.TRUE.equals(active);
    }

    public List<String> countries() {
        return territory == null || territory.countries() == null ? List.of() : territory.countries();
    }

    public List<String> regions() {
        return territory == null || territory.regions() == null ? List.of() : territory.regions();
    }

    /** The partner as other records name it. */
    public PartnerRef ref() {
        return new PartnerRef(id, name);
    }
}
