package io.canale.portal.catalog;

import io.canale.portal.api.Money;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.SchemaType;
import java.time.LocalDate;

/**
 * A product of the catalog: the API's {@code Product}. {@code name} is in the UI's language, {@code names} and
 * {@code descriptions} in both (asked for when a product is changed); {@code price} only for dealers (their tier's
 * price today, null when their list has none); {@code availability} null until the supplier publishes stock.
 * What a document does not ask for reads as null.
 */
@SchemaType
public record Product(String sku, String name, LocalizedText names, LocalizedText descriptions, String productLine,
        Unit unit, PartnerRef supplier, boolean active, Money price, Availability availability, Integer version,
        Actions viewerCan) {

    /** A product as the catalog lists it for ordering: without both languages' texts, version and actions. */
    public Product(String sku, String name, String productLine, Unit unit, PartnerRef supplier, boolean active,
            Money price, Availability availability) {
        this(sku, name, null, null, productLine, unit, supplier, active, price, availability, null, null);
    }

    /** How a product is counted; labels are the {@code productUnit.*} messages. */
    @SchemaType("ProductUnit")
    public enum Unit {
        PIECE, SET, KG, METRE, LITRE
    }

    /** Labels are the {@code availability.*} messages. */
    @SchemaType("AvailabilityBand")
    public enum Band {
        IN_STOCK, LOW, OUT
    }

    /** A band for dealers; the quantities only for staff and the product's supplier (null for others). */
    @SchemaType
    public record Availability(Band band, Integer available, Integer nextBatchQuantity, LocalDate nextBatchEta) {
    }

    /** What the caller may change of this product, as the access policy decided. */
    @SchemaType("ProductActions")
    public record Actions(boolean edit, boolean editDescription) {

        /** Nothing: a product read without its {@code viewerCan}. */
        public static final Actions NONE = new Actions(false, false);
    }

    /** What the caller may change of it; nothing when the document did not ask. */
    public Actions can() {
        return viewerCan == null ? Actions.NONE : viewerCan;
    }
}
