package io.canale.portal.order;

import io.canale.portal.api.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of an order at its frozen unit price, with the supplier's answer once given. */
record OrderLine(int line, String sku, String name, int quantity, Money unitPrice, Integer confirmedQuantity,
        LocalDate promisedDate, String reason) {

    Money total() {
        return new Money(unitPrice.value().multiply(BigDecimal.valueOf(quantity)).toPlainString(), unitPrice.currency());
    }
}
