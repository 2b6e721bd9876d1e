package io.canale.incentive;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Brings partners' periods of programs to their targets in the ledger, once per period for a whole batch of changes.
 * <p>
 * New lines that follow the period's last line are settled from its {@link Standing} alone: their own entries, plus a
 * GROWTH true-up when the bonus moves; nothing else of the period changes. The whole period is read and settled again
 * ({@link Ledger#settle}, the difference of every line) when that is not enough: a retroactive tier reached or lost, a
 * line dated before the last one, a delivery withdrawn, a change read again after a restart, a new program version, or no
 * standing to trust (first line of the period, or a crash between the entries and the standing).
 */
@Component
class Settlement {

    private static final Logger log = LoggerFactory.getLogger(Settlement.class);

    /** What a batch of changes asks of one partner's period: settle these new lines, or the whole period. */
    static final class Work {
        final Program program;
        final Period period;
        final String partnerId;
        final List<Purchase> added = new ArrayList<>();
        boolean whole;
        String source;

        private Work(Program program, Period period, String partnerId) {
            this.program = program;
            this.period = period;
            this.partnerId = partnerId;
        }
    }

    /** The periods a batch of changes touched, each once, in the order first touched. */
    static final class Batch {
        private final Map<String, Work> work = new LinkedHashMap<>();

        /** A line recorded now for the first time. */
        void added(Program program, Period period, Purchase purchase, String source) {
            Work item = of(program, period, purchase.partnerId(), source);
            item.added.add(purchase);
        }

        /** The whole period is to be settled again (a withdrawn delivery, a change read again, a new version). */
        void whole(Program program, Period period, String partnerId, String source) {
            of(program, period, partnerId, source).whole = true;
        }

        private Work of(Program program, Period period, String partnerId, String source) {
            Work item = work.computeIfAbsent(Standing.id(program, period, partnerId), id -> new Work(program, period, partnerId));
            // Changes come in feed order: the period's latest change causes its true-ups. A later batch's latest change is
            // a later one, so one source never moves a line twice (the ledger's unique key would refuse the second).
            item.source = source;
            return item;
        }

        boolean isEmpty() {
            return work.isEmpty();
        }
    }

    private final MongoOperations mongo;
    private final Purchases purchases;
    private final Ledger ledger;
    private final Participants participants;
    private final Clock clock;

    Settlement(MongoOperations mongo, Purchases purchases, Ledger ledger, Participants participants, Clock clock) {
        this.mongo = mongo;
        this.purchases = purchases;
        this.ledger = ledger;
        this.participants = participants;
        this.clock = clock;
    }

    /** Settles every period of the batch once; answers how many entries were stored. */
    int settle(Batch batch) {
        int stored = 0;
        for (Map.Entry<String, Work> item : batch.work.entrySet()) {
            stored += settle(item.getKey(), item.getValue());
        }
        return stored;
    }

    /** Settles a partner's whole period again (a new program version, or a close). */
    int settleWhole(Program program, Period period, String partnerId, String source) {
        Batch batch = new Batch();
        batch.whole(program, period, partnerId, source);
        return settle(batch);
    }

    private int settle(String id, Work work) {
        Program program = work.program;
        if (program.closed(work.period.key())) {
            log.warn("Incentive program {} period {} is closed: {} of partner {} is not accrued", program.id(), work.period.key(), work.source,
                    work.partnerId);
            return 0;
        }
        if (!participants.admits(program, work.partnerId)) {
            forget(id); // lines recorded meanwhile are not in its tally
            return 0;
        }
        if (!work.whole) {
            Standing standing = mongo.findById(id, Standing.class);
            Optional<Accruals.Settled> next = standing == null || !standing.current(program) ? Optional.empty()
                    : Accruals.after(program, work.period, standing.tally(), work.added);
            if (next.isPresent()) {
                return settleAdded(id, work, standing.tally(), next.get());
            }
        }
        return settleWhole(id, work);
    }

    /** The new lines' first entries and the growth bonus's move, from the standing alone. */
    private int settleAdded(String id, Work work, Accruals.Tally before, Accruals.Settled next) {
        Instant now = clock.instant();
        List<LedgerEntry> entries = new ArrayList<>();
        for (Accruals.Target target : next.targets().values()) {
            if (target.component() != Accruals.Component.GROWTH) {
                entries.add(Ledger.first(work.program, work.period, work.partnerId, target, work.source, now));
                continue;
            }
            BigDecimal was = Accruals.growth(work.program, work.period, before).map(Accruals.Target::amount).orElse(BigDecimal.ZERO);
            BigDecimal difference = target.amount().subtract(was);
            if (difference.signum() != 0) {
                entries.add(LedgerEntry.of(work.program, work.period, work.partnerId, target, LedgerEntry.Kind.TRUE_UP, difference, work.source,
                        now));
            }
        }
        forget(id);
        int stored = ledger.append(entries);
        if (stored < entries.size()) {
            // Some were there already: the standing was not what the ledger holds; settle from the ledger itself.
            return stored + settleWhole(id, work);
        }
        mongo.save(Standing.of(id, work.program, next.tally()));
        return stored;
    }

    /** Every line of the period from the recorded purchases, against the ledger's balances; then a fresh standing. */
    private int settleWhole(String id, Work work) {
        Program program = work.program;
        Period period = work.period;
        forget(id);
        List<Purchase> recorded = purchases.recordedWithWithdrawn(work.partnerId, period.startInstant(), period.endExclusive());
        Set<String> withdrawn = recorded.stream().filter(Purchase::withdrawn).map(Purchase::id).collect(Collectors.toSet());
        List<Purchase> counting = recorded.stream().filter(purchase -> !purchase.withdrawn()).toList();
        Period lastYear = period.sameLastYear();
        // The growth bonus's baseline from the orders themselves: the feed (90 days) never held most of last year.
        List<Purchase> before = program.versions().stream().anyMatch(v -> v.rules().growthBonusPercent().signum() > 0)
                ? purchases.fromHistory(work.partnerId, lastYear.startInstant(), lastYear.endExclusive()) : List.of();
        Accruals.Settled settled = Accruals.settled(program, period, counting, before);
        int stored = ledger.settle(program, period, work.partnerId, settled.targets(), withdrawn, work.source);
        mongo.save(Standing.of(id, program, settled.tally()));
        return stored;
    }

    private void forget(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), Standing.class);
    }
}
