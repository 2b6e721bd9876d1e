package io.canale.portal.api;

import java.math.BigDecimal;

/**
 * The API's {@code MoneyInput}: an amount (a string-encoded decimal, so that it travels exactly as typed) and an
 * ISO 4217 currency code.
 */
@SchemaType
public record MoneyInput(String amount, String currency) {

    public static MoneyInput of(BigDecimal amount, String currency) {
        return new MoneyInput(amount.toPlainString(), currency);
    }
}
