package io.canale.portal.fund;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.MoneyInput;
import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.time.LocalDate;
import java.util.List;

/** What the fund screens send and receive besides the allocation: the API's inputs and payload. */
final class FundInputs {

    private FundInputs() {
    }

    @SchemaType
    record RequestFundsInput(String allocationId, FundAllocation.Activity activity, String title, String plan, MoneyInput amount,
            LocalDate startsOn, LocalDate endsOn) {
    }

    /** A decision at the version listed; no amount approves all, and a rejection carries its reason as the comment. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FundDecisionInput(String id, Integer expectedVersion, String amount, String comment) {
    }

    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ClaimFundsInput(String id, Integer expectedVersion, String amount, String description) {
    }

    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AnswerFundRequestInput(String id, Integer expectedVersion, String answer) {
    }

    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FundRequestStepInput(String id, Integer expectedVersion) {
    }

    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MarkFundClaimPaidInput(String id, Integer expectedVersion, String reference) {
    }

    @SchemaType
    record CreateFundBudgetInput(String name, MoneyInput amount, LocalDate startsOn, LocalDate endsOn, int claimDays) {
    }

    /** A fixed amount, or a percentage of the dealer's delivered purchases in a period. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AllocateFundsInput(String budgetId, String partnerId, String amount, String percentOfPurchases, LocalDate purchasesFrom,
            LocalDate purchasesTo) {
    }

    @SchemaType
    record FundBudgetPayload(FundBudget fundBudget, List<UserError> userErrors) implements Payload {
    }

    @SchemaType
    record FundAllocationPayload(FundAllocation fundAllocation, List<UserError> userErrors) implements Payload {
    }

    @SchemaType
    record FundRequestPayload(FundAllocation.Request fundRequest, List<UserError> userErrors) implements Payload {
    }
}
