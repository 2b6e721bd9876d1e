package io.canale.portal.api;

import java.math.BigDecimal;

/** The API's {@code Money}: a string-encoded decimal and an ISO 4217 currency code. */
@SchemaType
public record Money(String amount, String currency) {

    public BigDecimal value() {
        return new BigDecimal(amount);
    }
}
