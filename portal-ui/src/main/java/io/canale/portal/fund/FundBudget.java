package io.canale.portal.fund;

import io.canale.portal.api.Money;
import io.canale.portal.api.SchemaType;
import java.time.LocalDate;

/** A budget of market development funds for a period: the API's {@code FundBudget}. */
@SchemaType
record FundBudget(String id, String name, Money amount, Money allocated, Money available, LocalDate startsOn, LocalDate endsOn,
        int claimDays, int version, Actions viewerCan) {

    @SchemaType("FundBudgetActions")
    record Actions(boolean allocate) {
    }
}
