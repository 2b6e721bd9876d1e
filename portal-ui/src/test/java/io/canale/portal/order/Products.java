package io.canale.portal.order;

import io.canale.portal.api.Money;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.catalog.Product;

/** Products as the catalog answers them, for the tests of order entry. */
final class Products {

    static final PartnerRef FERRI = new PartnerRef("ptn_ferri", "Ferri Componenti");
    static final PartnerRef GALLO = new PartnerRef("ptn_gallo", "Gallo Ricambi");

    private Products() {
    }

    static Product priced(String sku, PartnerRef supplier, String amount, String currency) {
        return new Product(sku, sku + " name", "Ricambi", Product.Unit.PIECE, supplier, true, new Money(amount, currency), null);
    }

    static Product unpriced(String sku, PartnerRef supplier) {
        return new Product(sku, sku + " name", "Ricambi", Product.Unit.PIECE, supplier, true, null, null);
    }

    static OrderForm.Line line(Product product, Integer quantity) {
        OrderForm.Line line = new OrderForm.Line(product);
        line.quantity(quantity);
        return line;
    }
}
