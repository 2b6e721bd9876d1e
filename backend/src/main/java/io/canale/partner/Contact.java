package io.canale.partner;

import io.canale.shared.UserErrors;

/** A contact person at a partner; personal data, visible to staff and the partner itself. */
public record Contact(String name, String email, String phone, String role) {

    public Contact {
        name = name == null ? null : name.strip();
        email = blankToNull(email);
        phone = blankToNull(phone);
        role = blankToNull(role);
    }

    void validate(UserErrors errors, String path) {
        errors.requireText(path + ".name", name, 120)
                .email(path + ".email", email)
                .phone(path + ".phone", phone)
                .maxLength(path + ".role", role, 80);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
