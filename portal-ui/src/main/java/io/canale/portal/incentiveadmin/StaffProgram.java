package io.canale.portal.incentiveadmin;

import io.canale.portal.api.Money;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.PartnerTier;
import io.canale.portal.api.PartnerType;
import io.canale.portal.api.SchemaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An incentive program as staff administer it: the API's {@code IncentiveProgram} with its book (liability, leaderboard). */
@SchemaType("IncentiveProgram")
record StaffProgram(String id, String name, String currency, LocalDate startDate, LocalDate endDate, PeriodLength accrualPeriod,
        PeriodLength payoutPeriod, Eligibility eligibility, List<Version> versions, List<Period> periods, List<Earnings> leaderboard,
        Money liability, int version, Actions viewerCan) {

    StaffProgram {
        versions = versions == null ? List.of() : versions;
        periods = periods == null ? List.of() : periods;
        leaderboard = leaderboard == null ? List.of() : leaderboard;
    }

    /** The newest version, whose rules a new version starts from. */
    Version latest() {
        return versions.isEmpty() ? null : versions.getLast();
    }

    @SchemaType("IncentivePeriodLength")
    enum PeriodLength { MONTH, QUARTER, YEAR }

    @SchemaType("IncentiveTierMeasure")
    enum Measure { VALUE, QUANTITY }

    @SchemaType("IncentiveTierMode")
    enum Mode { RETROACTIVE, INCREMENTAL }

    @SchemaType("IncentivePeriodStatus")
    enum PeriodStatus { OPEN, CLOSED }

    @SchemaType("IncentiveEligibility")
    record Eligibility(List<PartnerType> partnerTypes, List<PartnerTier> tiers, List<String> countries) {
    }

    @SchemaType("IncentiveProgramVersion")
    record Version(int number, LocalDate validFrom, Rules rules) {
    }

    @SchemaType("IncentiveRules")
    record Rules(BigDecimal rebatePercent, TierTable tiers, List<Spiff> spiffs, BigDecimal growthBonusPercent, boolean returnsReduceBasis,
            List<String> productLines, List<String> skus) {

        Rules {
            spiffs = spiffs == null ? List.of() : spiffs;
            productLines = productLines == null ? List.of() : productLines;
            skus = skus == null ? List.of() : skus;
        }
    }

    @SchemaType("IncentiveTierTable")
    record TierTable(Measure measure, Mode mode, List<Tier> tiers) {
    }

    @SchemaType("IncentiveTier")
    record Tier(BigDecimal from, BigDecimal ratePercent) {
    }

    @SchemaType("IncentiveSpiff")
    record Spiff(String sku, BigDecimal perUnit) {
    }

    @SchemaType("IncentivePeriod")
    record Period(String key, LocalDate startDate, LocalDate endDate, PeriodStatus status, Instant closedAt, Money total) {
    }

    @SchemaType("IncentiveEarnings")
    record Earnings(PartnerRef partner, String period, Money earned, Money paid, Money balance) {
    }

    @SchemaType("IncentiveProgramActions")
    record Actions(boolean revise, boolean closePeriod, boolean recordPayout, boolean check) {
    }
}
