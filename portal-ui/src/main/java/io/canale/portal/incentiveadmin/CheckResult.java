package io.canale.portal.incentiveadmin;

import io.canale.portal.api.Money;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.SchemaType;
import io.canale.portal.incentive.IncentiveProgram;
import java.math.BigDecimal;
import java.util.List;

/** A period recomputed from the order and refund history, compared with the ledger ({@code IncentiveCheck}). */
@SchemaType("IncentiveCheck")
record CheckResult(String programId, String period, boolean matches, Money expected, Money recorded, int entryCount,
        List<Difference> differences, String snapshotHash, Boolean snapshotMatches) {

    CheckResult {
        differences = differences == null ? List.of() : differences;
    }

    /** A line where the two disagree: what the history says ({@code expected}) and what the ledger holds. */
    @SchemaType("IncentiveDifference")
    record Difference(PartnerRef partner, String lineKey, IncentiveProgram.Component component, String orderId, String orderNumber,
            Integer line, BigDecimal expected, BigDecimal recorded) {
    }
}
