package io.canale.incentive;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The append-only ledger: brings a partner's period to what {@link Accruals} says it should be by appending the
 * difference, line by line, and never by changing an entry. Appending what is already there is refused by the unique
 * key, so a replay of the same cause is a no-op.
 */
@Component
class Ledger {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoOperations mongo;
    private final Clock clock;

    Ledger(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A partner's entries of one period. */
    List<LedgerEntry> entries(String programId, String period, String partnerId) {
        return mongo.find(Query.query(Criteria.where("programId").is(programId).and("period").is(period).and("partnerId").is(partnerId)),
                LedgerEntry.class);
    }

    /** Every partner's entries of one period. */
    List<LedgerEntry> entries(String programId, String period) {
        return mongo.find(Query.query(Criteria.where("programId").is(programId).and("period").is(period)), LedgerEntry.class);
    }

    /** Every entry of a program. */
    List<LedgerEntry> entries(String programId) {
        return mongo.find(Query.query(Criteria.where("programId").is(programId)), LedgerEntry.class);
    }

    /** Each line's balance (by {@link LedgerEntry#key()}). */
    static Map<String, BigDecimal> balances(List<LedgerEntry> entries) {
        Map<String, BigDecimal> balances = new LinkedHashMap<>();
        entries.forEach(entry -> balances.merge(entry.key(), entry.amount(), BigDecimal::add));
        return balances;
    }

    static BigDecimal total(List<LedgerEntry> entries) {
        return entries.stream().map(LedgerEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Appends what moves each line of the partner's period from its balance to its target: a line's first entry is its
     * ACCRUAL (REVERSAL for refunded goods), every later difference a TRUE_UP. Answers how many entries were stored.
     */
    int settle(Program program, Period period, String partnerId, Map<String, Accruals.Target> targets, String source) {
        List<LedgerEntry> existing = entries(program.id(), period.key(), partnerId);
        return append(appending(program, period, partnerId, existing, targets, source, clock.instant()));
    }

    /** The entries that bring {@code existing} to {@code targets}; none when the ledger is at its target. */
    static List<LedgerEntry> appending(Program program, Period period, String partnerId, List<LedgerEntry> existing,
            Map<String, Accruals.Target> targets, String source, Instant now) {
        Map<String, BigDecimal> balances = balances(existing);
        Map<String, LedgerEntry> firstOf = new HashMap<>();
        existing.forEach(entry -> firstOf.putIfAbsent(entry.key(), entry));
        List<LedgerEntry> appended = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(targets.keySet());
        keys.addAll(balances.keySet());
        for (String key : keys) {
            Accruals.Target target = targets.get(key);
            BigDecimal balance = balances.get(key);
            if (balance == null) {
                LedgerEntry.Kind kind = target.purchase() != null && target.purchase().refund() ? LedgerEntry.Kind.REVERSAL
                        : LedgerEntry.Kind.ACCRUAL;
                appended.add(LedgerEntry.of(program, period, partnerId, target, kind, target.amount(), source, now));
                continue;
            }
            BigDecimal wanted = target == null ? BigDecimal.ZERO : target.amount();
            BigDecimal difference = wanted.subtract(balance);
            if (difference.signum() != 0) {
                Accruals.Target cause = target != null ? target : gone(firstOf.get(key));
                appended.add(LedgerEntry.of(program, period, partnerId, cause, LedgerEntry.Kind.TRUE_UP, difference, source, now));
            }
        }
        return appended;
    }

    /** A line that no longer earns (its product left the program): its correction names the line as its first entry did. */
    private static Accruals.Target gone(LedgerEntry first) {
        Purchase purchase = first.orderId() == null ? null : new Purchase(first.lineKey(),
                first.caseId() == null ? Purchase.Kind.DELIVERY : Purchase.Kind.REFUND, first.partnerId(), first.orderId(),
                first.line() == null ? 0 : first.line(), first.caseId(), first.sku(), null, first.quantity() == null ? 0 : first.quantity(),
                first.basis(), first.currency(), first.at(), null);
        return new Accruals.Target(first.lineKey(), first.component(), purchase, first.programVersion(), first.basis(), BigDecimal.ZERO,
                null, BigDecimal.ZERO);
    }

    private int append(List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, LedgerEntry.class).insert(entries).execute();
            return entries.size();
        } catch (BulkOperationException collided) {
            collided.getErrors().forEach(error -> {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw collided;
                }
            });
            return entries.size() - collided.getErrors().size();
        }
    }
}
