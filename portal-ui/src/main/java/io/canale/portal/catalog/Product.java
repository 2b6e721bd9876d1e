package io.canale.portal.catalog;

import io.canale.portal.api.Money;
import io.canale.portal.api.PartnerRef;
import java.time.LocalDate;

/**
 * A product of the catalog as the API returns it: {@code name} in the UI's language, {@code price} only for
 * dealers (their tier's price today, null when their list has none), {@code availability} null until the
 * supplier publishes stock.
 */
public record Product(String sku, String name, String productLine, Unit unit, PartnerRef supplier, boolean active,
        Money price, Availability availability) {

    /** How a product is counted; labels are the {@code productUnit.*} messages. */
    public enum Unit {
        PIECE, SET, KG, METRE, LITRE
    }

    /** Labels are the {@code availability.*} messages. */
    public enum Band {
        IN_STOCK, LOW, OUT
    }

    /** A band for dealers; the quantities only for staff and the product's supplier (null for others). */
    public record Availability(Band band, Integer available, Integer nextBatchQuantity, LocalDate nextBatchEta) {
    }
}
