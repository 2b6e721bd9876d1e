package io.canale.portal.incentive;

import io.canale.portal.api.Money;
import io.canale.portal.api.SchemaType;
import java.math.BigDecimal;
import java.time.Instant;

/** One ledger entry with the order line behind it ({@code IncentiveEntry}). */
@SchemaType
record IncentiveEntry(String id, Kind kind, IncentiveProgram.Component component, int programVersion, String period, String orderId, String orderNumber,
        Integer line, String caseId, String sku, Integer quantity, BigDecimal basis, BigDecimal rate, Integer tier, Instant at, Money amount) {

    @SchemaType("IncentiveEntryKind")
    enum Kind { ACCRUAL, REVERSAL, TRUE_UP }
}
