package io.canale.opportunity;

/** A product the dealer expects to sell with an opportunity: feeds suppliers' demand forecasts. */
public record OpportunityItem(String sku, String supplierId, int quantity) {

    static final int MAX_ITEMS = 50;
    static final int MAX_QUANTITY = 10_000;

    /** What a caller asks for, before the SKU is looked up in the catalog. */
    record Request(String sku, Integer quantity) {
    }
}
