package io.canale.deal;

import io.canale.shared.Money;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** What a dealer registers, validated as a whole, with the normalised keys conflicts are found by. */
record DealTerms(String customerName, String vatNumber, String productLine, Money expectedValue,
        LocalDate expectedCloseDate) {

    static DealTerms validated(String customerName, String vatNumber, String productLine, BigDecimal amount,
            String currency, String expectedCloseDate, LocalDate today) {
        UserErrors errors = new UserErrors()
                .requireText("input.customerName", customerName, 120)
                .maxLength("input.vatNumber", vatNumber, 30)
                .requireText("input.productLine", productLine, 80);
        Money value = Money.of(amount, currency, "input.expectedValue", errors);
        LocalDate close = null;
        try {
            close = expectedCloseDate == null ? null : LocalDate.parse(expectedCloseDate);
            if (close == null) {
                errors.add("input.expectedCloseDate", UserErrorCode.REQUIRED, "must be given");
            } else if (close.isBefore(today)) {
                errors.add("input.expectedCloseDate", UserErrorCode.INVALID, "must be today or later");
            }
        } catch (DateTimeParseException ex) {
            errors.add("input.expectedCloseDate", UserErrorCode.INVALID, "expected an ISO date such as 2027-03-31");
        }
        errors.throwIfAny();
        String vat = vatNumber == null || vatNumber.isBlank() ? null : vatNumber.strip();
        return new DealTerms(customerName.strip(), vat, productLine.strip(), value, close);
    }

    String companyKey() {
        return io.canale.shared.CompanyNames.key(customerName);
    }

    /** VAT numbers compared without spaces and country prefix: IT01234567890 and 01234567890 match. */
    String vatKey() {
        if (vatNumber == null) {
            return null;
        }
        String compact = vatNumber.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return compact.matches("^[A-Z]{2}\\d.*") ? compact.substring(2) : compact;
    }
}
