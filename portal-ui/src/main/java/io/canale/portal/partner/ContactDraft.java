package io.canale.portal.partner;

import io.canale.portal.api.Partner;

/** A contact being edited; the Binder of a contact row reads and writes it. */
class ContactDraft {

    private String name = "";
    private String email = "";
    private String phone = "";
    private String role = "";

    static ContactDraft of(Partner.Contact contact) {
        ContactDraft draft = new ContactDraft();
        draft.name = orEmpty(contact.name());
        draft.email = orEmpty(contact.email());
        draft.phone = orEmpty(contact.phone());
        draft.role = orEmpty(contact.role());
        return draft;
    }

    /** The API's {@code ContactInput}; empty optional texts are left out. */
    PartnerInputs.ContactInput toInput() {
        return new PartnerInputs.ContactInput(name.trim(), presentOrNull(email), presentOrNull(phone),
                presentOrNull(role));
    }

    private static String presentOrNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = orEmpty(name);
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = orEmpty(email);
    }

    String getPhone() {
        return phone;
    }

    void setPhone(String phone) {
        this.phone = orEmpty(phone);
    }

    String getRole() {
        return role;
    }

    void setRole(String role) {
        this.role = orEmpty(role);
    }
}
