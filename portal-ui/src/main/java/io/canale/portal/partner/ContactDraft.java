package io.canale.portal.partner;

import java.util.LinkedHashMap;
import java.util.Map;

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
    Map<String, Object> toInput() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("name", name.trim());
        putIfPresent(input, "email", email);
        putIfPresent(input, "phone", phone);
        putIfPresent(input, "role", role);
        return input;
    }

    private static void putIfPresent(Map<String, Object> input, String key, String value) {
        if (value != null && !value.isBlank()) {
            input.put(key, value.trim());
        }
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
