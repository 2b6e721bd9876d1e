package io.canale.servicecase;

import io.canale.order.OrderedLine;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The warranty decision at intake: for each linked line, the delivery date of its order plus its product line's
 * term gives the day cover ends; a claim made after that day is not covered, one without a delivery (or on an
 * unknown product) needs a person to look.
 */
final class WarrantyCheck {

    private final ServiceProperties properties;

    WarrantyCheck(ServiceProperties properties) {
        this.properties = properties;
    }

    WarrantyDecision decide(List<OrderedLine> lines, Map<String, String> productLineOfSku, LocalDate claimedOn) {
        return WarrantyDecision.of(lines.stream().map(line -> decide(line, productLineOfSku.get(line.sku()), claimedOn)).toList());
    }

    private WarrantyDecision.LineDecision decide(OrderedLine line, String productLine, LocalDate claimedOn) {
        if (line.deliveredAt() == null) {
            return new WarrantyDecision.LineDecision(line.orderId(), line.line(), line.sku(), WarrantyDecision.Verdict.NEEDS_REVIEW,
                    "not-delivered", null, null, null);
        }
        LocalDate deliveredOn = LocalDate.ofInstant(line.deliveredAt(), ZoneOffset.UTC);
        if (productLine == null) {
            return new WarrantyDecision.LineDecision(line.orderId(), line.line(), line.sku(), WarrantyDecision.Verdict.NEEDS_REVIEW,
                    "unknown-product", deliveredOn, null, null);
        }
        Period term = properties.termOf(productLine);
        LocalDate coveredUntil = deliveredOn.plus(term);
        boolean covered = !claimedOn.isAfter(coveredUntil);
        return new WarrantyDecision.LineDecision(line.orderId(), line.line(), line.sku(),
                covered ? WarrantyDecision.Verdict.COVERED : WarrantyDecision.Verdict.NOT_COVERED, covered ? "covered" : "expired",
                deliveredOn, term, coveredUntil);
    }
}
