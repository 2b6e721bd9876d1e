package io.canale.portal;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A count such as a stock quantity: digits, optionally grouped ("12.000" in Italian, "12,000" in English).
 * Anything read with a decimal separator is refused, even "1.000" in English, which a person used to the other
 * convention may mean as a thousand: a count never has decimals, so asking is safer than guessing.
 */
public class WholeNumberField extends NumberInputField<WholeNumberField, Integer> {

    public WholeNumberField() {
        super("number.whole.unreadable", "numeric");
    }

    @Override
    protected Optional<Integer> value(BigDecimal number) {
        if (number.scale() > 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(number.intValueExact());
        } catch (ArithmeticException tooLarge) {
            return Optional.empty();
        }
    }

    @Override
    protected BigDecimal decimal(Integer value) {
        return BigDecimal.valueOf(value);
    }
}
