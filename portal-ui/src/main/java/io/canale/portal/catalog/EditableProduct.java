package io.canale.portal.catalog;

import io.canale.portal.api.PartnerRef;

/** A product as the dialogs change it: both languages' texts and the version the change is based on. */
record EditableProduct(String sku, LocalizedText names, LocalizedText descriptions, String productLine,
        Product.Unit unit, PartnerRef supplier, boolean active, int version) {
}
