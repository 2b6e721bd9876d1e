package io.canale.incentive;

import io.canale.order.DeliveredOrders;
import io.canale.partner.PartnerDirectory;
import io.canale.partner.PartnerRef;
import io.canale.partner.PartnerTier;
import io.canale.security.AccessPolicy;
import io.canale.security.Actions;
import io.canale.security.Caller;
import io.canale.shared.Money;
import io.canale.shared.Pages;
import io.canale.shared.PartnerType;
import io.canale.shared.Payloads;
import io.canale.shared.UserError;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** GraphQL entry points for incentive programs and their ledger; another partner's figures answer nothing. */
@Controller
class IncentiveController {

    record EligibilityInput(List<PartnerType> partnerTypes, List<PartnerTier> tiers, List<String> countries) {
    }

    record TierInput(BigDecimal from, BigDecimal ratePercent) {
    }

    record TierTableInput(Rules.Measure measure, Rules.Mode mode, List<TierInput> tiers) {
    }

    record SpiffInput(String sku, BigDecimal perUnit) {
    }

    record RulesInput(BigDecimal rebatePercent, TierTableInput tiers, List<SpiffInput> spiffs, BigDecimal growthBonusPercent,
            Boolean returnsReduceBasis, List<String> productLines, List<String> skus) {

        Rules rules() {
            Rules.TierTable table = tiers == null ? null : new Rules.TierTable(tiers.measure(), tiers.mode(),
                    tiers.tiers() == null ? List.of() : tiers.tiers().stream().map(t -> new Rules.Tier(t.from(), t.ratePercent())).toList());
            return new Rules(rebatePercent, table, spiffs == null ? List.of() : spiffs.stream().map(s -> new Rules.Spiff(s.sku(), s.perUnit())).toList(),
                    growthBonusPercent, returnsReduceBasis == null || returnsReduceBasis, productLines, skus);
        }
    }

    record CreateIncentiveProgramInput(String name, String currency, String startDate, String endDate, Period.Length accrualPeriod,
            Period.Length payoutPeriod, EligibilityInput eligibility, RulesInput rules) {
    }

    record ReviseIncentiveProgramInput(String id, Integer expectedVersion, String validFrom, RulesInput rules) {
    }

    record CloseIncentivePeriodInput(String id, Integer expectedVersion, String period) {
    }

    record RecordIncentivePayoutInput(String programId, String period, String partnerId, BigDecimal amount, String reference, String paidOn) {
    }

    record IncentiveProgramPayload(Program incentiveProgram, List<UserError> userErrors) {

        static IncentiveProgramPayload of(Program program) {
            return new IncentiveProgramPayload(program, List.of());
        }

        static IncentiveProgramPayload refused(List<UserError> errors) {
            return new IncentiveProgramPayload(null, errors);
        }
    }

    record PayoutView(String id, String programId, String period, String partnerId, Money amount, String reference, String paidOn,
            Instant paidAt) {
    }

    record IncentivePayoutPayload(PayoutView payout, List<UserError> userErrors) {
    }

    record PeriodView(String key, String startDate, String endDate, String status, Instant closedAt, String snapshotHash, Integer entryCount,
            Money total) {
    }

    record EarningsView(PartnerRef partner, String period, Money earned, Money pending, Money paid, Money balance) {
    }

    record ProgressView(String period, Rules.Measure measure, Rules.Mode mode, BigDecimal reached, int tier, BigDecimal tierFrom,
            BigDecimal ratePercent, Integer nextTier, BigDecimal nextFrom, BigDecimal nextRatePercent, BigDecimal remaining, String by,
            Money extra, BigDecimal towardsNextPercent) {
    }

    record CheckView(String programId, String period, boolean matches, Money expected, Money recorded, int entryCount,
            List<DifferenceView> differences, String snapshotHash, Boolean snapshotMatches) {
    }

    /** A difference with its partner's name and its order's number, so that staff read it in words. */
    record DifferenceView(String partnerId, PartnerRef partner, String lineKey, Accruals.Component component, String orderId,
            String orderNumber, Integer line, BigDecimal expected, BigDecimal recorded) {
    }

    private final IncentivePrograms programs;
    private final PartnerDirectory partners;
    private final AccessPolicy policy;
    private final DeliveredOrders orders;

    IncentiveController(IncentivePrograms programs, PartnerDirectory partners, AccessPolicy policy, DeliveredOrders orders) {
        this.programs = programs;
        this.partners = partners;
        this.policy = policy;
        this.orders = orders;
    }

    @QueryMapping
    Window<Program> incentivePrograms(ScrollSubrange subrange, Caller caller) {
        return programs.list(caller, subrange);
    }

    @QueryMapping
    Program incentiveProgram(@Argument String id, Caller caller) {
        return programs.visible(caller, id).orElse(null);
    }

    @QueryMapping
    CheckView incentiveCheck(@Argument String programId, @Argument String period, Caller caller) {
        IncentiveCheck.Result result = programs.check(caller, programId, period);
        String currency = programs.visible(caller, programId).map(Program::currency).orElseThrow();
        return new CheckView(result.programId(), result.period(), result.matches(), new Money(result.expected(), currency),
                new Money(result.recorded(), currency), result.entryCount(), differences(result.differences()), result.snapshotHash(),
                result.snapshotMatches());
    }

    /** Names and numbers of all the differences' partners and orders, one read each. */
    private List<DifferenceView> differences(List<IncentiveCheck.Difference> differences) {
        if (differences.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = partners.namesOf(differences.stream().map(IncentiveCheck.Difference::partnerId).distinct().toList());
        Map<String, String> numbers = orders.numbersOf(differences.stream().map(IncentiveCheck.Difference::orderId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        return differences.stream().map(d -> new DifferenceView(d.partnerId(), new PartnerRef(d.partnerId(), names.getOrDefault(d.partnerId(), "?")),
                d.lineKey(), d.component(), d.orderId(), d.orderId() == null ? null : numbers.get(d.orderId()), d.line(), d.expected(),
                d.recorded())).toList();
    }

    @MutationMapping
    IncentiveProgramPayload createIncentiveProgram(@Argument CreateIncentiveProgramInput input, Caller caller) {
        return Payloads.run(() -> programs.define(caller, () -> Program.define(IncentivePrograms.newId(), input.name(), input.currency(),
                        input.startDate(), input.endDate(), input.accrualPeriod(), input.payoutPeriod(), eligibility(input.eligibility()),
                        input.rules() == null ? null : input.rules().rules(), caller.actor(), java.time.Instant.now(programs.clock()))),
                IncentiveProgramPayload::of, IncentiveProgramPayload::refused);
    }

    @MutationMapping
    IncentiveProgramPayload reviseIncentiveProgram(@Argument ReviseIncentiveProgramInput input, Caller caller) {
        return Payloads.run(() -> programs.revise(caller, input.id(), input.expectedVersion(), input.validFrom(),
                input.rules() == null ? null : input.rules().rules()), IncentiveProgramPayload::of, IncentiveProgramPayload::refused);
    }

    @MutationMapping
    IncentiveProgramPayload closeIncentivePeriod(@Argument CloseIncentivePeriodInput input, Caller caller) {
        return Payloads.run(() -> programs.close(caller, input.id(), input.expectedVersion(), input.period()),
                IncentiveProgramPayload::of, IncentiveProgramPayload::refused);
    }

    @MutationMapping
    IncentivePayoutPayload recordIncentivePayout(@Argument RecordIncentivePayoutInput input, Caller caller) {
        return Payloads.run(() -> programs.recordPayout(caller, input.programId(), input.period(), input.partnerId(), input.amount(),
                        input.reference(), input.paidOn()),
                payout -> new IncentivePayoutPayload(new PayoutView(payout.id(), payout.programId(), payout.period(), payout.partnerId(),
                        new Money(payout.amount(), payout.currency()), payout.reference(), payout.paidOnOrRecorded(), payout.paidAt()), List.of()),
                errors -> new IncentivePayoutPayload(null, errors));
    }

    @SchemaMapping(typeName = "IncentiveProgram")
    List<Program.ProgramVersion> versions(Program program) {
        return program.versions();
    }

    @SchemaMapping(typeName = "IncentiveProgram")
    List<PeriodView> periods(Program program, Caller caller) {
        boolean staff = policy.readIncentiveBook(caller).allowed();
        return program.periods().stream().map(period -> program.closing(period.key())
                .map(closed -> new PeriodView(period.key(), period.start().toString(), period.end().toString(), "CLOSED", closed.closedAt(),
                        closed.snapshotHash(), closed.entryCount(), staff ? new Money(closed.total(), program.currency()) : null))
                .orElseGet(() -> new PeriodView(period.key(), period.start().toString(), period.end().toString(), "OPEN", null, null, null, null)))
                .toList();
    }

    @SchemaMapping(typeName = "IncentiveProgram")
    List<EarningsView> earnings(Program program, @Argument String partnerId, Caller caller) {
        return programs.partnerFor(caller, partnerId).map(partner -> {
            List<IncentivePrograms.Earnings> earnings = program.periods().stream().map(period -> programs.earnings(program, period, partner))
                    .toList();
            return views(earnings);
        }).orElse(null);
    }

    @SchemaMapping(typeName = "IncentiveProgram")
    Window<LedgerEntry> entries(Program program, @Argument String partnerId, @Argument String period, ScrollSubrange subrange, Caller caller) {
        Period only = period == null ? null : programs.periodOrCurrent(program, period);
        return programs.partnerFor(caller, partnerId).map(partner -> programs.entries(program, partner, only, subrange))
                .orElseGet(() -> Window.from(List.of(), i -> null, false));
    }

    @SchemaMapping(typeName = "IncentiveProgram")
    ProgressView tierProgress(Program program, @Argument String partnerId, @Argument String period, Caller caller) {
        Period of = programs.periodOrCurrent(program, period);
        return programs.partnerFor(caller, partnerId).flatMap(partner -> programs.progress(program, of, partner))
                .map(p -> new ProgressView(of.key(), p.measure(), p.mode(), p.reached(), p.tier(), p.tierFrom(), p.rate(), p.nextTier(),
                        p.nextFrom(), p.nextRate(), p.remaining(), p.by().toString(),
                        p.extra() == null ? null : new Money(p.extra(), program.currency()), p.towardsNextPercent()))
                .orElse(null);
    }

    @SchemaMapping(typeName = "IncentiveProgram")
    List<EarningsView> leaderboard(Program program, @Argument String period, @Argument Integer first, Caller caller) {
        if (!policy.readIncentiveBook(caller).allowed()) {
            return null;
        }
        return views(programs.leaderboard(caller, program, programs.periodOrCurrent(program, period), Pages.size(first)));
    }

    @SchemaMapping(typeName = "IncentiveProgram")
    Money liability(Program program, Caller caller) {
        return programs.liability(caller, program).map(amount -> new Money(amount, program.currency())).orElse(null);
    }

    @SchemaMapping(typeName = "IncentiveProgram")
    Actions.IncentiveProgram viewerCan(Program program, Caller caller) {
        return policy.incentiveProgramActions(caller);
    }

    @SchemaMapping(typeName = "IncentiveEntry")
    Money amount(LedgerEntry entry) {
        return new Money(entry.amount(), entry.currency());
    }

    /** The numbers of a page's orders in one read. Whoever reads the entry may learn its order's number (the entry names the order). */
    @BatchMapping(typeName = "IncentiveEntry")
    Map<LedgerEntry, String> orderNumber(List<LedgerEntry> entries) {
        Map<String, String> numbers = orders.numbersOf(entries.stream().map(LedgerEntry::orderId).filter(java.util.Objects::nonNull)
                .distinct().toList());
        Map<LedgerEntry, String> byEntry = new java.util.HashMap<>();
        entries.stream().filter(entry -> entry.orderId() != null && numbers.containsKey(entry.orderId()))
                .forEach(entry -> byEntry.put(entry, numbers.get(entry.orderId())));
        return byEntry;
    }

    private List<EarningsView> views(List<IncentivePrograms.Earnings> earnings) {
        Map<String, String> names = partners.namesOf(earnings.stream().map(IncentivePrograms.Earnings::partnerId).distinct().toList());
        return earnings.stream().map(e -> new EarningsView(new PartnerRef(e.partnerId(), names.getOrDefault(e.partnerId(), "?")), e.period(),
                new Money(e.earned(), e.currency()), new Money(e.pending(), e.currency()), new Money(e.paid(), e.currency()),
                new Money(e.balance(), e.currency()))).toList();
    }

    private static Program.Eligibility eligibility(EligibilityInput input) {
        return input == null ? null : new Program.Eligibility(input.partnerTypes(), input.tiers(), input.countries());
    }
}
