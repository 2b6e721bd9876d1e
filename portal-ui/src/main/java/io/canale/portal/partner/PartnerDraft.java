package io.canale.portal.partner;

import io.canale.portal.CommaLists;
import io.canale.portal.api.Partner;
import io.canale.portal.api.PartnerTier;
import io.canale.portal.api.PartnerType;
import io.canale.portal.partner.PartnerInputs.CreatePartnerInput;
import io.canale.portal.partner.PartnerInputs.PartnerStatusInput;
import io.canale.portal.partner.PartnerInputs.TerritoryInput;
import io.canale.portal.partner.PartnerInputs.UpdatePartnerInput;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A partner being created or changed: the bean behind the form's Binder, and the source of the API's
 * inputs. Regions are edited as one comma-separated text.
 */
class PartnerDraft {

    private String id;
    private int version;
    private boolean active = true;
    private Partner.Actions can = Partner.Actions.NONE;
    private PartnerType type;
    private String name = "";
    private PartnerTier tier = PartnerTier.STANDARD;
    private Set<String> countries = new LinkedHashSet<>();
    private String regions = "";
    private List<ContactDraft> contacts = new ArrayList<>();
    private String street = "";
    private String postalCode = "";
    private String city = "";
    private String country;

    static PartnerDraft blank() {
        PartnerDraft draft = new PartnerDraft();
        draft.type = PartnerType.DEALER;
        draft.countries.add("IT");
        return draft;
    }

    static PartnerDraft of(Partner partner) {
        PartnerDraft draft = new PartnerDraft();
        draft.id = partner.id();
        draft.version = partner.version() == null ? 0 : partner.version();
        draft.active = partner.isActive();
        draft.can = partner.can();
        draft.type = partner.type();
        draft.name = partner.name();
        draft.tier = partner.tier() != null ? partner.tier() : PartnerTier.STANDARD;
        draft.countries = new LinkedHashSet<>(partner.countries());
        draft.regions = String.join(", ", partner.regions());
        if (partner.contacts() != null) {
            partner.contacts().forEach(contact -> draft.contacts.add(ContactDraft.of(contact)));
        }
        if (partner.address() != null) {
            draft.street = partner.address().street();
            draft.postalCode = partner.address().postalCode();
            draft.city = partner.address().city();
            draft.country = partner.address().country();
        }
        return draft;
    }

    boolean isNew() {
        return id == null;
    }

    /** What the caller may do with the partner as loaded; nothing for a new one. */
    Partner.Actions can() {
        return can;
    }

    CreatePartnerInput createInput() {
        return new CreatePartnerInput(type, name.trim(), tier, territory(), contactInputs(), addressInput());
    }

    UpdatePartnerInput updateInput() {
        return new UpdatePartnerInput(id, version, name.trim(), tier, territory(), contactInputs(), addressInput());
    }

    PartnerStatusInput statusInput() {
        return new PartnerStatusInput(id, version);
    }

    private TerritoryInput territory() {
        return new TerritoryInput(List.copyOf(countries), regionList());
    }

    /** The address to send: null while every part is blank (nothing given; the stored one is kept). */
    PartnerInputs.AddressInput addressInput() {
        if (addressBlank(street, postalCode, city, country)) {
            return null;
        }
        return new PartnerInputs.AddressInput(street.strip(), postalCode.strip(), city.strip(), country);
    }

    /** Whether no part of an address was given. */
    static boolean addressBlank(String street, String postalCode, String city, String country) {
        return street.isBlank() && postalCode.isBlank() && city.isBlank() && (country == null || country.isBlank());
    }

    private List<PartnerInputs.ContactInput> contactInputs() {
        return contacts.stream().map(ContactDraft::toInput).toList();
    }

    List<String> regionList() {
        return splitRegions(regions);
    }

    /** A regions text split at commas, without blanks. */
    static List<String> splitRegions(String text) {
        return CommaLists.split(text);
    }

    String getId() {
        return id;
    }

    boolean isActive() {
        return active;
    }

    PartnerType getType() {
        return type;
    }

    void setType(PartnerType type) {
        this.type = type;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name == null ? "" : name;
    }

    PartnerTier getTier() {
        return tier;
    }

    void setTier(PartnerTier tier) {
        this.tier = tier;
    }

    Set<String> getCountries() {
        return countries;
    }

    void setCountries(Set<String> countries) {
        this.countries = new LinkedHashSet<>(countries);
    }

    String getRegions() {
        return regions;
    }

    void setRegions(String regions) {
        this.regions = regions == null ? "" : regions;
    }

    List<ContactDraft> getContacts() {
        return contacts;
    }

    void setContacts(List<ContactDraft> contacts) {
        this.contacts = new ArrayList<>(contacts);
    }

    String getStreet() {
        return street;
    }

    void setStreet(String street) {
        this.street = street == null ? "" : street;
    }

    String getPostalCode() {
        return postalCode;
    }

    void setPostalCode(String postalCode) {
        this.postalCode = postalCode == null ? "" : postalCode;
    }

    String getCity() {
        return city;
    }

    void setCity(String city) {
        this.city = city == null ? "" : city;
    }

    String getCountry() {
        return country;
    }

    void setCountry(String country) {
        this.country = country;
    }
}
