package io.canale.budget;

import io.canale.shared.web.ExportBudget;
import io.canale.shared.web.RateLimitedException;
import org.springframework.stereotype.Component;

/** File exports spend the same budgets as GraphQL operations (one bucket per caller). */
@Component
class ExportBudgets implements ExportBudget {

    private final CostBudgets budgets;

    ExportBudgets(CostBudgets budgets) {
        this.budgets = budgets;
    }

    @Override
    public void charge(String budgetKey, long points) {
        CostBudgets.Charge charge = budgets.charge(budgetKey, points);
        if (!charge.granted()) {
            throw new RateLimitedException("The export's first page costs " + charge.requested() + " points and "
                    + charge.remaining() + " of your budget of " + charge.limit() + " remain, restored at "
                    + charge.restoreRate() + " points per second. Try again in " + charge.retryAfter() + " s.",
                    charge.retryAfter());
        }
    }

    @Override
    public void chargeOwed(String budgetKey, long points) {
        budgets.chargeOwed(budgetKey, points);
    }
}
