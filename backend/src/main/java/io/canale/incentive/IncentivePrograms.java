package io.canale.incentive;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.security.RecordVisibility;
import io.canale.security.Scopes;
import io.canale.shared.Ids;
import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.Pages;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import io.canale.shared.Versions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Service;

/**
 * Incentive programs for staff and partners: staff define, revise and close; a partner reads the programs it takes
 * part in and its own earnings, entries and tier progress; staff read every partner's. Who may do what is the
 * {@link AccessPolicy}'s decision; another partner's figures answer "not found" or nothing.
 */
@Service
class IncentivePrograms {

    /** A partner's figures in one period: earned (ledger), pending (on order, not delivered), paid (payouts). */
    record Earnings(String partnerId, String period, BigDecimal earned, BigDecimal pending, BigDecimal paid, String currency) {

        BigDecimal balance() {
            return earned.subtract(paid);
        }
    }

    /** Each concurrent payout that wins makes the others read again; more writers than this at once are not expected. */
    private static final int PAYOUT_ATTEMPTS = 100;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"));
    private static final Sort ENTRIES_NEWEST_FIRST = Sort.by(Sort.Order.desc("recordedAt"));

    private final MongoOperations mongo;
    private final AccessPolicy policy;
    private final Participants participants;
    private final Purchases purchases;
    private final Ledger ledger;
    private final AccrualFeeder feeder;
    private final IncentiveCheck check;
    private final Clock clock;

    IncentivePrograms(MongoOperations mongo, AccessPolicy policy, Participants participants, Purchases purchases, Ledger ledger,
            AccrualFeeder feeder, IncentiveCheck check, Clock clock) {
        this.mongo = mongo;
        this.policy = policy;
        this.participants = participants;
        this.purchases = purchases;
        this.ledger = ledger;
        this.feeder = feeder;
        this.check = check;
        this.clock = clock;
    }

    // ---- staff: define, revise, close, pay ----------------------------------------------------------------

    Program define(Caller caller, Supplier<Program> definition) {
        policy.administerIncentives(caller).enforce();
        Program program = mongo.insert(definition.get());
        feeder.feedQuietly(); // settles the periods it covers that already started
        return program;
    }

    static String newId() {
        return Ids.next("inc");
    }

    Program revise(Caller caller, String id, Integer expectedVersion, String validFrom, Rules rules) {
        policy.administerIncentives(caller).enforce();
        Program program = existing(id);
        Versions.expect(expectedVersion, program.version());
        program.revise(validFrom, rules, caller.actor(), clock.instant());
        Program saved = mongo.save(program);
        feeder.feedQuietly();
        return saved;
    }

    /** Derives what the feed still holds, then freezes the period with its snapshot hash, under the accrual lease. */
    Program close(Caller caller, String id, Integer expectedVersion, String periodKey) {
        policy.administerIncentives(caller).enforce();
        Program program = existing(id);
        Versions.expect(expectedVersion, program.version());
        Period period = Period.parse(periodKey);
        program.requirePeriod(period, "input.period");
        return feeder.exclusively(() -> {
            List<LedgerEntry> entries = ledger.entries(id, period.key());
            program.close(period, entries.size(), Ledger.total(entries), IncentiveCheck.snapshotHash(entries), caller.actor(), clock.instant());
            return mongo.save(program);
        });
    }

    /**
     * A payment against a closed period, at most what the partner earned in it less what it was paid, paid on a day from the
     * period's start to today (default: today).
     */
    Payout recordPayout(Caller caller, String id, String periodKey, String partnerId, BigDecimal amount, String reference, String paidOn) {
        policy.administerIncentives(caller).enforce();
        Program program = existing(id);
        Period period = Period.parse(periodKey);
        program.requirePeriod(period, "input.period");
        UserErrors errors = new UserErrors().requireText("input.reference", reference, 80).requireText("input.partnerId", partnerId, 64);
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            errors.add("input.amount", UserErrorCode.INVALID, "a positive amount with at most two decimals");
        }
        if (!program.closed(period.key())) {
            errors.add("input.period", UserErrorCode.ILLEGAL_STATE, "payouts are recorded against closed periods; close " + period.key() + " first");
        }
        LocalDate today = Period.dateOf(clock.instant());
        LocalDate day = paidOn == null ? today : Period.date(paidOn);
        if (day == null) {
            errors.add("input.paidOn", UserErrorCode.INVALID, "an ISO date such as " + today);
        } else if (day.isAfter(today)) {
            errors.add("input.paidOn", UserErrorCode.INVALID, "lies in the future");
        } else if (day.isBefore(period.start())) {
            errors.add("input.paidOn", UserErrorCode.INVALID, "before the period's first day, " + period.start());
        }
        errors.throwIfAny();
        // The period is closed: what the partner earned in it is final, so only what was paid can move meanwhile.
        BigDecimal earned = Ledger.total(ledger.entries(id, period.key(), partnerId));
        for (int attempt = 1; ; attempt++) {
            PartnerPayouts book = Optional.ofNullable(mongo.findById(PartnerPayouts.id(id, period.key(), partnerId), PartnerPayouts.class))
                    .orElseGet(() -> PartnerPayouts.none(id, period.key(), partnerId, program.currency()));
            Payout payout = book.pay(amount, reference.strip(), day, earned, caller.actor(), clock.instant());
            try {
                mongo.save(book); // insert if new, else replace where id and version still match
                return payout;
            } catch (OptimisticLockingFailureException | DuplicateKeyException lost) {
                if (attempt >= PAYOUT_ATTEMPTS) {
                    throw new OptimisticLockingFailureException("the payouts of " + partnerId + " in " + period.key() + " kept changing", lost);
                }
            }
        }
    }

    IncentiveCheck.Result check(Caller caller, String id, String periodKey) {
        policy.readIncentiveBook(caller).enforce();
        Program program = visible(caller, id).orElseThrow(() -> new NotFoundException("incentive program"));
        Period period = Period.parse(periodKey);
        program.requirePeriod(period, "period");
        return check.run(program, period);
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** Staff: every program; a partner: those it takes part in, or has entries in. Newest first. */
    Window<Program> list(Caller caller, ScrollSubrange subrange) {
        RecordVisibility visibility = policy.recordsVisibleTo(caller, Scopes.INCENTIVES_READ);
        Window<Program> page = Pages.scroll(mongo, new Query(), NEWEST_FIRST, subrange, Program.class);
        if (!(visibility instanceof RecordVisibility.PartyOf party)) {
            return page;
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (takesPart(page.getContent().get(i), party.partnerId())) {
                kept.add(i);
            }
        }
        return Window.from(kept.stream().map(page.getContent()::get).toList(), i -> page.positionAt(kept.get(i)), page.hasNext());
    }

    Optional<Program> visible(Caller caller, String id) {
        RecordVisibility visibility = policy.recordsVisibleTo(caller, Scopes.INCENTIVES_READ);
        Optional<Program> program = Optional.ofNullable(id == null ? null : mongo.findById(id, Program.class));
        return visibility instanceof RecordVisibility.PartyOf party ? program.filter(p -> takesPart(p, party.partnerId())) : program;
    }

    private boolean takesPart(Program program, String partnerId) {
        return participants.admits(program, partnerId)
                || mongo.exists(Query.query(Criteria.where("programId").is(program.id()).and("partnerId").is(partnerId)), LedgerEntry.class);
    }

    /** The partner whose figures are asked for: the named one if the caller may read it, else the caller's own. */
    Optional<String> partnerFor(Caller caller, String partnerId) {
        if (partnerId != null) {
            return policy.readIncentivesOf(caller, partnerId).allowed() ? Optional.of(partnerId) : Optional.empty();
        }
        return policy.recordsVisibleTo(caller, Scopes.INCENTIVES_READ) instanceof RecordVisibility.PartyOf party
                ? Optional.of(party.partnerId()) : Optional.empty();
    }

    Earnings earnings(Program program, Period period, String partnerId) {
        BigDecimal earned = Ledger.total(ledger.entries(program.id(), period.key(), partnerId));
        return new Earnings(partnerId, period.key(), earned, pending(program, period, partnerId), paid(program.id(), period.key(), partnerId),
                program.currency());
    }

    /** Staff: every partner with entries in the period, most earned first. */
    List<Earnings> leaderboard(Caller caller, Program program, Period period, int limit) {
        policy.readIncentiveBook(caller).enforce();
        Map<String, List<LedgerEntry>> byPartner = ledger.entries(program.id(), period.key()).stream()
                .collect(java.util.stream.Collectors.groupingBy(LedgerEntry::partnerId));
        return byPartner.entrySet().stream().map(e -> new Earnings(e.getKey(), period.key(), Ledger.total(e.getValue()), BigDecimal.ZERO,
                        paid(program.id(), period.key(), e.getKey()), program.currency()))
                .sorted(Comparator.comparing(Earnings::earned).reversed().thenComparing(Earnings::partnerId)).limit(limit).toList();
    }

    /** Staff: what the program still owes, all periods and partners: earned less paid. */
    Optional<BigDecimal> liability(Caller caller, Program program) {
        if (!policy.readIncentiveBook(caller).allowed()) {
            return Optional.empty();
        }
        BigDecimal paid = mongo.find(Query.query(Criteria.where("programId").is(program.id())), PartnerPayouts.class).stream()
                .map(PartnerPayouts::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(Ledger.total(ledger.entries(program.id())).subtract(paid));
    }

    Window<LedgerEntry> entries(Program program, String partnerId, Period period, ScrollSubrange subrange) {
        Criteria criteria = Criteria.where("programId").is(program.id());
        if (period != null) {
            criteria = criteria.and("period").is(period.key());
        }
        criteria = criteria.and("partnerId").is(partnerId);
        return Pages.scroll(mongo, Query.query(criteria), ENTRIES_NEWEST_FIRST, subrange, LedgerEntry.class);
    }

    Optional<Accruals.Progress> progress(Program program, Period period, String partnerId) {
        return Accruals.progress(program, period, purchases.recorded(partnerId, period.startInstant(), period.endExclusive()), today());
    }

    /** The period a key names if it is one of the program's, else the period of today (or the program's last). */
    Period periodOrCurrent(Program program, String key) {
        if (key != null) {
            Period period = Period.parse(key);
            program.requirePeriod(period, "period");
            return period;
        }
        LocalDate today = today();
        return program.periodOf(today).orElseGet(() -> today.isBefore(program.start()) ? program.periods().getFirst() : program.periods().getLast());
    }

    /** What the partner's open orders would add to the current period if delivered today; nothing for other periods. */
    private BigDecimal pending(Program program, Period period, String partnerId) {
        if (!period.contains(today()) || program.closed(period.key()) || !participants.admits(program, partnerId)) {
            return BigDecimal.ZERO;
        }
        List<Purchase> bought = purchases.recorded(partnerId, period.startInstant(), period.endExclusive());
        List<Purchase> onOrder = purchases.onOrder(partnerId, clock.instant());
        if (onOrder.isEmpty()) {
            return BigDecimal.ZERO;
        }
        List<Purchase> all = new ArrayList<>(bought);
        all.addAll(onOrder);
        return sum(Accruals.of(program, period, all, List.of())).subtract(sum(Accruals.of(program, period, bought, List.of())));
    }

    private static BigDecimal sum(Map<String, Accruals.Target> targets) {
        return targets.values().stream().filter(t -> t.component() != Accruals.Component.GROWTH).map(Accruals.Target::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal paid(String programId, String period, String partnerId) {
        return Optional.ofNullable(mongo.findById(PartnerPayouts.id(programId, period, partnerId), PartnerPayouts.class))
                .map(PartnerPayouts::paid).orElse(BigDecimal.ZERO);
    }

    private Program existing(String id) {
        return Optional.ofNullable(id == null ? null : mongo.findById(id, Program.class))
                .orElseThrow(() -> new NotFoundException("incentive program"));
    }

    Clock clock() {
        return clock;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }
}
