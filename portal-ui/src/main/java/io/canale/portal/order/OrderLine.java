package io.canale.portal.order;

import io.canale.portal.api.Money;
import io.canale.portal.api.SchemaType;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of an order at its frozen unit price (null where a document does not ask for it), with the
 * supplier's answer once given, and what of it was handed to carriers and is left to hand over.
 */
@SchemaType
record OrderLine(int line, String sku, String name, int quantity, Money unitPrice, Integer confirmedQuantity,
        LocalDate promisedDate, String reason, Integer handedOverQuantity, Integer leftToShip) {

    /** A line as documents without hand-over fields read it. */
    OrderLine(int line, String sku, String name, int quantity, Money unitPrice, Integer confirmedQuantity,
            LocalDate promisedDate, String reason) {
        this(line, sku, name, quantity, unitPrice, confirmedQuantity, promisedDate, reason, null, null);
    }

    /** Units confirmed and not handed to a carrier yet (none where the document does not ask). */
    int unitsLeftToShip() {
        return leftToShip == null ? 0 : leftToShip;
    }

    Money total() {
        return new Money(unitPrice.value().multiply(BigDecimal.valueOf(quantity)).toPlainString(), unitPrice.currency());
    }
}
