package io.canale.portal.order;

import io.canale.portal.api.Money;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.catalog.Product;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a draft would cost at the prices the dealer sees today, per supplier (the backend splits the
 * submission into one order per supplier) and per currency (price lists may differ in currency, and sums
 * never mix them). Lines without a product, a price or a valid quantity do not count; the backend freezes
 * the prices at submission, so this is a preview, not a quote.
 *
 * @param suppliers one entry per supplier, in the order of their first line
 * @param totals the sum of all suppliers, per currency
 * @param unpricedLines lines with a product but no price in the dealer's price list
 */
record PricePreview(List<SupplierTotal> suppliers, Map<String, BigDecimal> totals, int unpricedLines) {

    record SupplierTotal(PartnerRef supplier, Map<String, BigDecimal> totals) {
    }

    static PricePreview of(List<OrderForm.Line> lines) {
        Map<String, PartnerRef> suppliers = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> bySupplier = new LinkedHashMap<>();
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        int unpriced = 0;
        for (OrderForm.Line line : lines) {
            Product product = line.product();
            if (product != null && product.price() == null) {
                unpriced++;
            }
            Optional<Money> lineTotal = lineTotal(line);
            if (lineTotal.isEmpty()) {
                continue;
            }
            Money money = lineTotal.get();
            suppliers.putIfAbsent(product.supplier().id(), product.supplier());
            bySupplier.computeIfAbsent(product.supplier().id(), id -> new LinkedHashMap<>())
                    .merge(money.currency(), money.value(), BigDecimal::add);
            totals.merge(money.currency(), money.value(), BigDecimal::add);
        }
        List<SupplierTotal> supplierTotals = bySupplier.entrySet().stream()
                .map(entry -> new SupplierTotal(suppliers.get(entry.getKey()), Map.copyOf(entry.getValue()))).toList();
        return new PricePreview(supplierTotals, totals, unpriced);
    }

    /** Unit price times quantity, when the line has a priced product and a valid quantity. */
    static Optional<Money> lineTotal(OrderForm.Line line) {
        Product product = line.product();
        if (product == null || product.price() == null || !line.validQuantity()) {
            return Optional.empty();
        }
        BigDecimal total = product.price().value().multiply(BigDecimal.valueOf(line.quantity()));
        return Optional.of(new Money(total.toPlainString(), product.price().currency()));
    }

    boolean isEmpty() {
        return totals.isEmpty();
    }
}
