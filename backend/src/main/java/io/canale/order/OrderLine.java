package io.canale.order;

import io.canale.shared.Money;

/**
 * One line of an order: what was ordered at which frozen price, the supplier's answer, and how much of what it
 * confirmed it has handed to carriers ({@code handedOverQuantity}, null until the first hand-over of the line).
 */
record OrderLine(int line, String sku, String name, int quantity, Money unitPrice, Integer confirmedQuantity,
        String promisedDate, String reason, Integer handedOverQuantity) {

    @org.springframework.data.annotation.PersistenceCreator
    OrderLine {
    }

    /** A line nothing of which was handed over yet. */
    OrderLine(int line, String sku, String name, int quantity, Money unitPrice, Integer confirmedQuantity, String promisedDate,
            String reason) {
        this(line, sku, name, quantity, unitPrice, confirmedQuantity, promisedDate, reason, null);
    }

    OrderLine answered(int confirmed, String promised, String why) {
        return new OrderLine(line, sku, name, quantity, unitPrice, confirmed, promised, why, handedOverQuantity);
    }

    /** Units confirmed by the supplier (none before its answer). */
    int confirmed() {
        return confirmedQuantity == null ? 0 : confirmedQuantity;
    }

    /** Units handed to carriers so far. */
    int handedOver() {
        return handedOverQuantity == null ? 0 : handedOverQuantity;
    }

    /** Units confirmed and not handed to a carrier yet. */
    int leftToShip() {
        return Math.max(0, confirmed() - handedOver());
    }

    OrderLine handingOver(int units) {
        return new OrderLine(line, sku, name, quantity, unitPrice, confirmedQuantity, promisedDate, reason, handedOver() + units);
    }
}
