package io.canale.portal.incentiveadmin;

import io.canale.portal.incentive.IncentiveProgram;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.Money;
import io.canale.portal.api.PartnerTier;
import io.canale.portal.api.PartnerType;
import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.time.LocalDate;
import java.util.List;

/** What the program editor sends: the API's program inputs, with decimals as typed strings, and its payload. */
final class ProgramInputs {

    private ProgramInputs() {
    }

    @SchemaType("CreateIncentiveProgramInput")
    record CreateProgram(String name, String currency, LocalDate startDate, LocalDate endDate, IncentiveProgram.PeriodLength accrualPeriod,
            IncentiveProgram.PeriodLength payoutPeriod, EligibilityInput eligibility, RulesInput rules) {
    }

    @SchemaType("ReviseIncentiveProgramInput")
    record ReviseProgram(String id, int expectedVersion, LocalDate validFrom, RulesInput rules) {
    }

    @SchemaType("CloseIncentivePeriodInput")
    record ClosePeriod(String id, int expectedVersion, String period) {
    }

    @SchemaType("IncentiveEligibilityInput")
    record EligibilityInput(List<PartnerType> partnerTypes, List<PartnerTier> tiers, List<String> countries) {
    }

    /** Rules as typed; an empty rebate or growth field is left out (the API takes it as none). */
    @SchemaType("IncentiveRulesInput")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RulesInput(String rebatePercent, TierTableInput tiers, List<SpiffInput> spiffs, String growthBonusPercent,
            Boolean returnsReduceBasis, List<String> productLines, List<String> skus) {
    }

    @SchemaType("IncentiveTierTableInput")
    record TierTableInput(IncentiveProgram.Measure measure, IncentiveProgram.Mode mode, List<TierInput> tiers) {
    }

    @SchemaType("IncentiveTierInput")
    record TierInput(String from, String ratePercent) {
    }

    @SchemaType("IncentiveSpiffInput")
    record SpiffInput(String sku, String perUnit) {
    }

    @SchemaType("IncentiveProgramPayload")
    record ProgramPayload(IncentiveProgram incentiveProgram, List<UserError> userErrors) implements Payload {
    }

    /** A payment to record; the amount as typed, the day it was paid (null: today, as the API takes it). */
    @SchemaType("RecordIncentivePayoutInput")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RecordPayout(String programId, String period, String partnerId, String amount, String reference, LocalDate paidOn) {
    }

    @SchemaType("IncentivePayout")
    record Payout(String id, String period, Money amount, String reference, LocalDate paidOn) {
    }

    @SchemaType("IncentivePayoutPayload")
    record PayoutPayload(Payout payout, List<UserError> userErrors) implements Payload {
    }
}
