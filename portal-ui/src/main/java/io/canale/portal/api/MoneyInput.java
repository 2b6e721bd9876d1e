package io.canale.portal.api;

import java.math.BigDecimal;

/** The API's {@code MoneyInput}: an amount (sent string-encoded, as the {@code Decimal} scalar reads it) in a currency. */
@SchemaType
public record MoneyInput(String amount, String currency) {

    public static MoneyInput of(BigDecimal amount, String currency) {
        return new MoneyInput(amount.toPlainString(), currency);
    }
}
