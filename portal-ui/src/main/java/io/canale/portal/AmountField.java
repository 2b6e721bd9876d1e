package io.canale.portal;

import java.math.BigDecimal;
import java.util.Optional;

/** An amount of money (the currency is another field), with the decimals as written: 12,50 stays 12.50. */
public class AmountField extends NumberInputField<AmountField, BigDecimal> {

    public AmountField() {
        super("number.amount.unreadable", "decimal");
    }

    public AmountField(String label) {
        this();
        setLabel(label);
    }

    @Override
    protected Optional<BigDecimal> value(BigDecimal number) {
        return Optional.of(number);
    }

    @Override
    protected BigDecimal decimal(BigDecimal value) {
        return value;
    }
}
