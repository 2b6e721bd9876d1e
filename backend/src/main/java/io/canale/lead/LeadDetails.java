package io.canale.lead;

import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.util.Locale;

/** What a lead says about the customer, validated as a whole before anything is written. */
public record LeadDetails(Contact contact, Company company, Address address, String productLine, String notes) {

    /** What a lead is called on screen: its company, or its contact's name without one; null when it has neither. */
    static String label(String companyName, String contactName) {
        if (companyName != null && !companyName.isBlank()) {
            return companyName;
        }
        return contactName == null || contactName.isBlank() ? null : contactName;
    }

    public record Contact(String name, String email, String phone) {
        public Contact {
            name = strip(name);
            email = strip(email);
            phone = strip(phone);
        }
    }

    public record Company(String name, String vatNumber) {
        public Company {
            name = strip(name);
            vatNumber = strip(vatNumber);
        }
    }

    public record Address(String country, String region, String postalCode) {
        public Address {
            region = strip(region);
            postalCode = strip(postalCode);
        }
    }

    public LeadDetails {
        productLine = strip(productLine);
        notes = strip(notes);
    }

    public LeadDetails validated(String prefix) {
        UserErrors errors = new UserErrors();
        if (contact == null) {
            errors.add(prefix + ".contact", UserErrorCode.REQUIRED, "must be given");
        } else {
            errors.requireText(prefix + ".contact.name", contact.name(), 120)
                    .email(prefix + ".contact.email", contact.email())
                    .phone(prefix + ".contact.phone", contact.phone());
            if (contact.email() == null && contact.phone() == null) {
                errors.add(prefix + ".contact.email", UserErrorCode.REQUIRED, "give an email or a phone number");
            }
        }
        if (company != null) {
            errors.requireText(prefix + ".company.name", company.name(), 120)
                    .maxLength(prefix + ".company.vatNumber", company.vatNumber(), 30);
        }
        if (address == null || address.country() == null) {
            errors.add(prefix + ".address.country", UserErrorCode.REQUIRED, "must be given");
        } else {
            if (!java.util.Set.of(Locale.getISOCountries()).contains(address.country())) {
                errors.add(prefix + ".address.country", UserErrorCode.INVALID, "is not an ISO 3166-1 alpha-2 code");
            }
            errors.maxLength(prefix + ".address.region", address.region(), 80)
                    .maxLength(prefix + ".address.postalCode", address.postalCode(), 16);
        }
        errors.maxLength(prefix + ".productLine", productLine, 80).maxLength(prefix + ".notes", notes, 2000);
        errors.throwIfAny();
        return this;
    }

    /** Normalised keys for duplicate detection: email, phone digits, company plus contact name. */
    String emailKey() {
        return contact.email() == null ? null : contact.email().toLowerCase(Locale.ROOT);
    }

    String phoneKey() {
        if (contact.phone() == null) {
            return null;
        }
        String digits = contact.phone().replaceAll("[^0-9]", "");
        // Compare the last 9 digits, so +39 02 1234567 and 021234567 match.
        return digits.length() > 9 ? digits.substring(digits.length() - 9) : digits;
    }

    String companyAndNameKey() {
        if (company == null) {
            return null;
        }
        return squash(company.name()) + "|" + squash(contact.name());
    }

    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
