/**
 * Incentive programs and their ledger: staff define versioned programs (rebates, volume tiers, SPIFFs, a growth bonus);
 * accruals are derived from the change feed (orders delivered, returns refunded) into an append-only ledger whose
 * every amount names the order line behind it; a check recomputes a period from the order and return history, closing
 * a period freezes it with a snapshot hash, payouts are recorded against closed periods.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "change", "partner", "catalog", "order",
        "servicecase"})
package io.canale.incentive;
