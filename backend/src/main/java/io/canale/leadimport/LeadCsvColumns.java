package io.canale.leadimport;

import io.canale.lead.LeadDetails;
import io.canale.shared.UserError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** The columns of a lead CSV file and how they map to a lead and back (for error reports). */
final class LeadCsvColumns {

    static final List<String> ALL = List.of("name", "email", "phone", "company", "vat_number", "country", "region",
            "postal_code", "product_line", "notes");
    /** Where each validation path of a lead points in the file. */
    private static final Map<String, String> COLUMN_OF_PATH = Map.of("contact.name", "name", "contact.email", "email",
            "contact.phone", "phone", "company.name", "company", "company.vatNumber", "vat_number", "address.country",
            "country", "address.region", "region", "address.postalCode", "postal_code", "productLine", "product_line",
            "notes", "notes");

    private LeadCsvColumns() {
    }

    /** Required columns missing from a header; {@code email} or {@code phone} is enough for reaching a person. */
    static List<String> missing(List<String> header) {
        List<String> missing = new ArrayList<>();
        for (String required : List.of("name", "country")) {
            if (!header.contains(required)) {
                missing.add(required);
            }
        }
        if (!header.contains("email") && !header.contains("phone")) {
            missing.add("email or phone");
        }
        return missing;
    }

    static LeadDetails details(CSVRecord record) {
        String company = value(record, "company");
        String country = value(record, "country");
        return new LeadDetails(new LeadDetails.Contact(value(record, "name"), value(record, "email"), value(record, "phone")),
                company == null ? null : new LeadDetails.Company(company, value(record, "vat_number")),
                new LeadDetails.Address(country == null ? null : country.toUpperCase(Locale.ROOT), value(record, "region"),
                        value(record, "postal_code")),
                value(record, "product_line"), value(record, "notes"));
    }

    static String columnOf(UserError error) {
        List<String> path = error.field();
        if (path == null || path.size() < 2) {
            return null;
        }
        return COLUMN_OF_PATH.getOrDefault(String.join(".", path.subList(1, path.size())), null);
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value;
    }
}
