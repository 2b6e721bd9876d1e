package io.canale.portal.order;

import io.canale.portal.api.Money;
import io.canale.portal.api.SchemaType;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of an order at its frozen unit price (null where a document does not ask for it), with the
 * supplier's answer once given.
 */
@SchemaType
record OrderLine(int line, String sku, String name, int quantity, Money unitPrice, Integer confirmedQuantity,
        LocalDate promisedDate, String reason) {

    Money total() {
        return new Money(unitPrice.value().multiply(BigDecimal.valueOf(quantity)).toPlainString(), unitPrice.currency());
    }
}
