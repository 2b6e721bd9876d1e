package io.canale.shared.web;

/**
 * The caller's rate budget as a file export spends it (the budget module keeps the budgets): an export costs what the
 * same rows would cost through the API's connections, so a partner system cannot read around its budget by exporting.
 */
public interface ExportBudget {

    /** Takes the points before the answer starts, or refuses with {@link RateLimitedException} and takes nothing. */
    void charge(String budgetKey, long points);

    /**
     * Takes the points of a page read while the answer streams (it cannot be refused any more), into debt if need be:
     * the caller's next requests wait until the budget has refilled past it.
     */
    void chargeOwed(String budgetKey, long points);
}
