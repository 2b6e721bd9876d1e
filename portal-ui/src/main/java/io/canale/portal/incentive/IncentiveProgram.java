package io.canale.portal.incentive;

import io.canale.portal.api.Money;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.PartnerTier;
import io.canale.portal.api.PartnerType;
import io.canale.portal.api.SchemaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An incentive program as the API answers it ({@code IncentiveProgram}): who takes part, its versions of rules, its
 * periods and, where asked for, one partner's earnings per period and tier progress. The portal shows these numbers;
 * it decides nothing about what the rules pay.
 */
@SchemaType
public record IncentiveProgram(String id, String name, String currency, LocalDate startDate, LocalDate endDate,
        PeriodLength accrualPeriod, PeriodLength payoutPeriod, Eligibility eligibility, List<Version> versions, List<PeriodInfo> periods,
        List<Earnings> earnings, TierProgress tierProgress, Actions viewerCan, List<Earnings> leaderboard, Money liability,
        Integer version) {

    /** The dealer's documents select neither {@code version} nor staff's actions: absent reads as 0 and false. */
    public IncentiveProgram {
        version = version == null ? 0 : version;
        versions = versions == null ? List.of() : versions;
        periods = periods == null ? List.of() : periods;
        leaderboard = leaderboard == null ? List.of() : leaderboard;
    }

    /** The newest version, whose rules a new version starts from (staff's editor). */
    public Version latest() {
        return versions.isEmpty() ? null : versions.getLast();
    }

    /** The rules in force today, or the newest when the program has not started. */
    Version versionOn(LocalDate day) {
        Version found = versions.isEmpty() ? null : versions.getFirst();
        for (Version version : versions) {
            if (!version.validFrom().isAfter(day)) {
                found = version;
            }
        }
        return found;
    }

    @SchemaType("IncentivePeriodLength")
    public enum PeriodLength { MONTH, QUARTER, YEAR }

    @SchemaType("IncentiveTierMeasure")
    public enum Measure { VALUE, QUANTITY }

    @SchemaType("IncentiveTierMode")
    public enum Mode { RETROACTIVE, INCREMENTAL }

    /** What an amount pays for: ledger entries and the check's differences. */
    @SchemaType("IncentiveComponent")
    public enum Component { REBATE, TIER, SPIFF, GROWTH }

    @SchemaType("IncentivePeriodStatus")
    public enum PeriodStatus { OPEN, CLOSED }

    @SchemaType("IncentiveEligibility")
    public record Eligibility(List<PartnerType> partnerTypes, List<PartnerTier> tiers, List<String> countries) {

        public Eligibility {
            partnerTypes = partnerTypes == null ? List.of() : partnerTypes;
            tiers = tiers == null ? List.of() : tiers;
            countries = countries == null ? List.of() : countries;
        }
    }

    @SchemaType("IncentiveProgramVersion")
    public record Version(int number, LocalDate validFrom, Rules rules, Instant createdAt) {
    }

    @SchemaType("IncentiveRules")
    public record Rules(BigDecimal rebatePercent, TierTable tiers, List<Spiff> spiffs, BigDecimal growthBonusPercent, boolean returnsReduceBasis,
            List<String> productLines, List<String> skus) {

        public Rules {
            spiffs = spiffs == null ? List.of() : spiffs;
            productLines = productLines == null ? List.of() : productLines;
            skus = skus == null ? List.of() : skus;
        }
    }

    @SchemaType("IncentiveTierTable")
    public record TierTable(Measure measure, Mode mode, List<Tier> tiers) {
    }

    @SchemaType("IncentiveTier")
    public record Tier(BigDecimal from, BigDecimal ratePercent) {
    }

    @SchemaType("IncentiveSpiff")
    public record Spiff(String sku, BigDecimal perUnit) {
    }

    @SchemaType("IncentivePeriod")
    public record PeriodInfo(String key, LocalDate startDate, LocalDate endDate, PeriodStatus status, Instant closedAt, Money total) {
    }

    @SchemaType("IncentiveEarnings")
    public record Earnings(PartnerRef partner, String period, Money earned, Money pending, Money paid, Money balance) {
    }

    /** Where the partner stands against the tiers, in the API's numbers (see {@link TierProgressText}). */
    @SchemaType("IncentiveTierProgress")
    public record TierProgress(String period, Measure measure, Mode mode, BigDecimal reached, int tier, BigDecimal tierFrom,
            BigDecimal ratePercent, Integer nextTier, BigDecimal nextFrom, BigDecimal nextRatePercent, BigDecimal remaining, LocalDate by,
            Money extra, BigDecimal towardsNextPercent) {
    }

    @SchemaType("IncentiveProgramActions")
    public record Actions(Boolean revise, Boolean closePeriod, Boolean recordPayout, Boolean check) {

        public Actions {
            revise = Boolean.TRUE.equals(revise);
            closePeriod = Boolean.TRUE.equals(closePeriod);
            recordPayout = Boolean.TRUE.equals(recordPayout);
            check = Boolean.TRUE.equals(check);
        }
    }
}
