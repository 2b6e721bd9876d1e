package io.canale.incentive;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.canale.change.FeedEntry;
import io.canale.change.FeedReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Derives ledger entries from the change feed, in feed order, from a position kept in the store ({@value #CURSOR})
 * that moves on only after the entries of the changes before it are stored (as NotificationFeeder does). An order
 * that becomes DELIVERED records its lines as purchases, a case whose inspection refunds goods records the refunded
 * lines; then every program period the purchases fall in is settled for the partner ({@link Ledger#settle}). Replays
 * find the purchases recorded and the ledger at its target: nothing is stored twice. One node derives at a time (a
 * lease in the cursor document), since two nodes settling different changes of one period at once could both append
 * the same difference. A new program or version settles its started, open periods again (its own cause).
 * <p>
 * A closed period takes no further entries: a line dated in it that arrives later is left out and logged, and the
 * period's check lists it as a difference.
 */
@Component
class AccrualFeeder {

    static final String CURSOR = "incentive_cursor";
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(AccrualFeeder.class);

    private final MongoOperations mongo;
    private final FeedReader feed;
    private final Purchases purchases;
    private final Ledger ledger;
    private final Participants participants;
    private final Clock clock;
    private final Duration lease;
    private final String node = UUID.randomUUID().toString();

    /**
     * {@code lease}: how long a node holds the right to derive without renewing it; a node that died holding it (kill
     * -9) blocks the others for that long.
     */
    AccrualFeeder(MongoOperations mongo, FeedReader feed, Purchases purchases, Ledger ledger, Participants participants, Clock clock,
            @Value("${canale.incentives.lease:PT2M}") Duration lease) {
        this.mongo = mongo;
        this.feed = feed;
        this.purchases = purchases;
        this.ledger = ledger;
        this.participants = participants;
        this.clock = clock;
        this.lease = lease;
    }

    @Scheduled(fixedDelayString = "${canale.incentives.feed-interval:PT5S}", initialDelayString = "${canale.incentives.feed-interval:PT5S}")
    void feedQuietly() {
        try {
            feed();
        } catch (RuntimeException ex) {
            log.warn("Deriving incentive accruals failed; trying again: {}", ex.toString());
        }
    }

    /** Settles changed programs, then derives the entries of every feed entry after the stored position; answers how many it stored. */
    synchronized int feed() {
        if (!lease()) {
            return 0;
        }
        try {
            List<Program> programs = mongo.findAll(Program.class);
            int stored = 0;
            for (Program program : programs) {
                stored += settleRevised(program);
            }
            long position = position();
            List<FeedEntry> entries;
            do {
                entries = feed.after(position, BATCH);
                for (FeedEntry entry : entries) {
                    stored += derive(entry, programs);
                    position = entry.sequence();
                }
                if (!entries.isEmpty()) {
                    mongo.getCollection(CURSOR).updateOne(Filters.eq("_id", "feed"), Updates.max("after", position),
                            new UpdateOptions().upsert(true));
                }
            } while (entries.size() == BATCH);
            return stored;
        } finally {
            release();
        }
    }

    /**
     * Runs {@code action} once the feed is derived up to its head, holding the lease, so that no entry is appended
     * meanwhile (closing a period); refused while another node derives.
     */
    synchronized <T> T exclusively(java.util.function.Supplier<T> action) {
        feed();
        if (!lease()) {
            throw new io.canale.shared.InvalidInputException("input.period", io.canale.shared.UserErrorCode.ILLEGAL_STATE,
                    "accruals are being derived on another node; try again in a moment");
        }
        try {
            return action.get();
        } finally {
            release();
        }
    }

    private int derive(FeedEntry entry, List<Program> programs) {
        List<Purchase> found = switch (entry.recordType()) {
            case "ORDER" -> entry.changed("status") && "DELIVERED".equals(entry.after("status"))
                    ? purchases.ofDeliveredOrder(entry.recordId(), entry.changeId()) : List.of();
            case "SERVICE_CASE" -> refunded(entry) ? purchases.ofRefundsOf(entry.recordId(), entry.changeId()) : List.of();
            default -> List.of();
        };
        if (found.isEmpty()) {
            return 0;
        }
        purchases.record(found);
        Map<String, Settling> affected = new LinkedHashMap<>();
        for (Purchase purchase : found) {
            LocalDate date = Period.dateOf(purchase.at());
            for (Program program : programs) {
                program.periodOf(date).ifPresent(period -> affected.putIfAbsent(program.id() + "|" + period.key() + "|" + purchase.partnerId(),
                        new Settling(program, period, purchase.partnerId())));
            }
        }
        int stored = 0;
        for (Settling settling : affected.values()) {
            stored += settle(settling.program(), settling.period(), settling.partnerId(), entry.changeId());
        }
        return stored;
    }

    /** Whether the change records the inspection outcome REFUND for some returned line. */
    private static boolean refunded(FeedEntry entry) {
        return entry.fields().entrySet().stream().anyMatch(field -> field.getKey().startsWith("returnAuthorization.inspections.")
                && field.getKey().endsWith(".outcome") && "REFUND".equals(field.getValue().after()));
    }

    private record Settling(Program program, Period period, String partnerId) {
    }

    /** Brings one partner's period of a program to its target from the recorded purchases. */
    private int settle(Program program, Period period, String partnerId, String source) {
        if (program.closed(period.key())) {
            log.warn("Incentive program {} period {} is closed: {} of partner {} is not accrued", program.id(), period.key(), source, partnerId);
            return 0;
        }
        if (!participants.admits(program, partnerId)) {
            return 0;
        }
        List<Purchase> bought = purchases.recorded(partnerId, period.startInstant(), period.endExclusive());
        Period lastYear = period.sameLastYear();
        List<Purchase> before = program.versions().stream().anyMatch(v -> v.rules().growthBonusPercent().signum() > 0)
                ? purchases.recorded(partnerId, lastYear.startInstant(), lastYear.endExclusive()) : List.of();
        return ledger.settle(program, period, partnerId, Accruals.of(program, period, bought, before), source);
    }

    /** A program whose newest version was not settled yet: every started, open period, for every partner who bought in it. */
    private int settleRevised(Program program) {
        int versions = program.versions().size();
        if (program.settledVersions() >= versions) {
            return 0;
        }
        String source = "program:" + program.id() + ":v" + versions;
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        int stored = 0;
        for (Period period : program.periods()) {
            if (period.start().isAfter(today) || program.closed(period.key())) {
                continue;
            }
            List<String> partners = mongo.findDistinct(Query.query(Criteria.where("at").gte(period.startInstant()).lt(period.endExclusive())),
                    "partnerId", Purchase.class, String.class);
            for (String partnerId : partners) {
                stored += settle(program, period, partnerId, source);
            }
        }
        // Not a change of the program: its optimistic version stays as it is.
        mongo.getCollection(mongo.getCollectionName(Program.class)).updateOne(Filters.eq("_id", program.id()),
                Updates.max("settledVersions", versions));
        return stored;
    }

    private long position() {
        Document cursor = mongo.getCollection(CURSOR).find(Filters.eq("_id", "feed")).first();
        return cursor == null || cursor.get("after") == null ? 0 : ((Number) cursor.get("after")).longValue();
    }

    /** Takes the lease when free, expired or already this node's. */
    private boolean lease() {
        Instant now = clock.instant();
        try {
            Document taken = mongo.getCollection(CURSOR).findOneAndUpdate(
                    Filters.and(Filters.eq("_id", "lease"), Filters.or(Filters.eq("node", node), Filters.lt("until", Date.from(now)))),
                    Updates.combine(Updates.set("node", node), Updates.set("until", Date.from(now.plus(lease)))),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            return taken != null;
        } catch (com.mongodb.MongoCommandException | com.mongodb.MongoWriteException | DuplicateKeyException held) {
            return false; // another node holds it: the upsert collided with its document
        }
    }

    private void release() {
        mongo.getCollection(CURSOR).updateOne(Filters.and(Filters.eq("_id", "lease"), Filters.eq("node", node)),
                Updates.set("until", new Date(0)));
    }
}
