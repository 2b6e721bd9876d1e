package io.canale.order;

import io.canale.shared.Money;

/** One line of an order: what was ordered at which frozen price, and the supplier's answer. */
record OrderLine(int line, String sku, String name, int quantity, Money unitPrice, Integer confirmedQuantity,
        String promisedDate, String reason) {

    OrderLine answered(int confirmed, String promised, String why) {
        return new OrderLine(line, sku, name, quantity, unitPrice, confirmed, promised, why);
    }
}
