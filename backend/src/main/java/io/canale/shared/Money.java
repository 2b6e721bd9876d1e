package io.canale.shared;

import java.math.BigDecimal;
import java.util.Currency;

/** An amount in a currency; at most two decimals, as prices and deal values are kept. */
public record Money(BigDecimal amount, String currency) {

    /** Checks an input amount: present, positive, two decimals at most, a known ISO 4217 currency. */
    public static Money of(BigDecimal amount, String currency, String path, UserErrors errors) {
        if (amount == null) {
            errors.add(path + ".amount", UserErrorCode.REQUIRED, "must be given");
        } else if (amount.signum() <= 0) {
            errors.add(path + ".amount", UserErrorCode.INVALID, "must be positive");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(path + ".amount", UserErrorCode.INVALID, "at most two decimals");
        } else if (amount.compareTo(new BigDecimal("1000000000000")) >= 0) {
            errors.add(path + ".amount", UserErrorCode.INVALID, "too large");
        }
        String code = currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            if (code == null || Currency.getInstance(code) == null) {
                errors.add(path + ".currency", UserErrorCode.REQUIRED, "must be given");
            }
        } catch (IllegalArgumentException ex) {
            errors.add(path + ".currency", UserErrorCode.INVALID, "is not an ISO 4217 currency code");
        }
        return errors.isEmpty() ? new Money(amount.setScale(2, java.math.RoundingMode.UNNECESSARY), code) : null;
    }
}
