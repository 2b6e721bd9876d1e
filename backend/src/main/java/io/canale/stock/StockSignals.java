package io.canale.stock;

import com.mongodb.client.model.Filters;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;
import io.canale.change.RecordedWrites;
import io.canale.catalog.Catalog;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.UserError;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Stock feeds from suppliers, and availability as each reader may see it. */
@Service
class StockSignals {

    static final int MAX_ITEMS = 10_000;
    static final long MAX_QUANTITY = 10_000_000;
    private static final String COLLECTION = "stock_levels";
    private static final int DUPLICATE_KEY = 11000;
    /** Each write's stamp on a level, unique (see {@link StockLevel}), what the next write is conditional on. */
    static final String REVISION = "revision";
    /**
     * SKUs per {@code $in} read. The embedded store finds the documents of an {@code $in} through the index, but then
     * matches each against the whole list again: one read of a 10,000-item feed made 50 million comparisons, three
     * quarters of the feed's CPU; reads of 500 make a twentieth of that, and cost a real MongoDB only a few round trips.
     */
    static final int SKUS_PER_READ = 500;

    record Item(String sku, Integer available, Integer nextBatchQuantity, String nextBatchEta) {
    }

    record Result(int applied, List<UserError> errors) {
    }

    private final MongoOperations mongo;
    private final Catalog catalog;
    private final AccessPolicy policy;
    private final Clock clock;
    private final long lowThreshold;
    private final RecordedWrites recorded;

    StockSignals(MongoOperations mongo, Catalog catalog, AccessPolicy policy, Clock clock,
            @Value("${canale.stock.low-threshold:10}") long lowThreshold, RecordedWrites recorded) {
        this.mongo = mongo;
        this.recorded = recorded;
        this.catalog = catalog;
        this.policy = policy;
        this.clock = clock;
        this.lowThreshold = lowThreshold;
    }

    /** Applies every valid item in one bulk write; refused items are reported, never half-applied. */
    Result publish(Caller caller, List<Item> items) {
        return publish(caller, items, true);
    }

    /** A dry run: the same checks as {@link #publish}, answering how many items would be applied, writing nothing. */
    Result check(Caller caller, List<Item> items) {
        return publish(caller, items, false);
    }

    private Result publish(Caller caller, List<Item> items, boolean apply) {
        policy.publishStock(caller).enforce();
        if (items == null || items.isEmpty()) {
            return new Result(0, List.of(UserError.of("input.items", UserErrorCode.REQUIRED, "give at least one item")));
        }
        if (items.size() > MAX_ITEMS) {
            return new Result(0, List.of(UserError.of("input.items", UserErrorCode.TOO_MANY, "at most " + MAX_ITEMS + " items per call")));
        }
        Set<String> skus = new HashSet<>();
        items.forEach(item -> skus.add(normalise(item.sku())));
        Map<String, String> suppliers = new HashMap<>();
        chunks(skus).forEach(chunk -> suppliers.putAll(catalog.suppliersOf(chunk)));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Instant now = clock.instant();
        Set<String> seen = new HashSet<>();
        List<UserError> refused = new ArrayList<>();
        Map<String, StockLevel> accepted = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String path = "input.items." + i;
            String sku = normalise(item.sku());
            UserErrors errors = new UserErrors();
            if (!policy.publishesStockOf(caller, suppliers.get(sku))) {
                errors.add(path + ".sku", UserErrorCode.NOT_FOUND, "no product " + sku + " of yours");
            } else if (!seen.add(sku)) {
                errors.add(path + ".sku", UserErrorCode.DUPLICATE, "SKU " + sku + " appears twice");
            }
            if (item.available() == null || item.available() < 0 || item.available() > MAX_QUANTITY) {
                errors.add(path + ".available", UserErrorCode.INVALID, "between 0 and " + MAX_QUANTITY);
            }
            boolean batch = item.nextBatchQuantity() != null && item.nextBatchQuantity() > 0;
            if (item.nextBatchQuantity() != null && (item.nextBatchQuantity() < 0 || item.nextBatchQuantity() > MAX_QUANTITY)) {
                errors.add(path + ".nextBatchQuantity", UserErrorCode.INVALID, "between 0 and " + MAX_QUANTITY);
            }
            if (batch && item.nextBatchEta() == null) {
                errors.add(path + ".nextBatchEta", UserErrorCode.REQUIRED, "say when the next batch arrives");
            } else if (item.nextBatchEta() != null) {
                try {
                    if (LocalDate.parse(item.nextBatchEta()).isBefore(today)) {
                        errors.add(path + ".nextBatchEta", UserErrorCode.INVALID, "must be today or later");
                    }
                } catch (DateTimeParseException ex) {
                    errors.add(path + ".nextBatchEta", UserErrorCode.INVALID, "expected an ISO date such as 2027-01-15");
                }
            }
            if (!errors.isEmpty()) {
                refused.addAll(errors.list());
                continue;
            }
            accepted.put(sku, new StockLevel(sku, caller.partnerId(), item.available(),
                    batch ? item.nextBatchQuantity().longValue() : null, batch ? item.nextBatchEta() : null, now, caller.subject()));
        }
        if (!apply) {
            return new Result(accepted.size(), refused);
        }
        List<String> conflicts = write(caller, accepted);
        conflicts.forEach(sku -> refused.add(UserError.of("input.items", UserErrorCode.VERSION_CONFLICT,
                "the stock of " + sku + " was published by another feed meanwhile; send it again")));
        return new Result(accepted.size() - conflicts.size(), refused);
    }

    /**
     * Replaces the levels in one bulk write, each conditional on the level read (all of them in one query), and each
     * carrying its change-feed entry. A level another feed replaced meanwhile is read and written again; answers the SKUs
     * that still collided after that.
     *
     * <p>Each write stamps the level with a new {@value #REVISION} (unique index) and is conditional on the stamp read,
     * so a replace finds its level through an index on every store: the embedded store serves a filter from an index
     * only when the filter names exactly that index's fields, and a filter on {@code _id} and {@code version} made each of
     * a 10,000-item feed's replaces scan every level. Reading the stamps back tells exactly which writes are stored.
     */
    private List<String> write(Caller caller, Map<String, StockLevel> levels) {
        Map<String, StockLevel> rest = new LinkedHashMap<>(levels);
        MongoCollection<Document> stored = mongo.getCollection(COLLECTION);
        for (int attempt = 0; attempt < 3 && !rest.isEmpty(); attempt++) {
            Map<String, Document> before = new HashMap<>();
            chunks(rest.keySet()).forEach(chunk -> stored.find(Filters.in("_id", chunk))
                    .forEach(document -> before.put(document.getString("_id"), document)));
            Map<String, String> expected = new HashMap<>();
            List<WriteModel<Document>> writes = new ArrayList<>();
            rest.forEach((sku, level) -> {
                Document previous = before.get(sku);
                Document after = new Document();
                mongo.getConverter().write(level, after);
                long version = previous == null ? 0 : versionOf(previous) + 1;
                after.put("version", version);
                String revision = sku + "@" + version + "@" + java.util.UUID.randomUUID();
                after.put(REVISION, revision);
                recorded.withChange(COLLECTION, previous, after, caller.actor());
                expected.put(sku, revision);
                writes.add(previous == null ? new InsertOneModel<>(after) : new ReplaceOneModel<>(sameAs(previous), after));
            });
            try {
                stored.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            } catch (MongoBulkWriteException collided) {
                if (collided.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                    throw collided;
                }
            }
            Set<String> done = new HashSet<>();
            chunks(rest.keySet()).forEach(chunk -> stored.find(Filters.in("_id", chunk)).projection(Projections.include(REVISION))
                    .forEach(document -> {
                        if (expected.get(document.getString("_id")).equals(document.getString(REVISION))) {
                            done.add(document.getString("_id"));
                        }
                    }));
            recorded.written(COLLECTION, done);
            rest.keySet().removeAll(done);
        }
        return List.copyOf(rest.keySet());
    }

    /** The filter that finds {@code level} only as it was read: by its stamp, or, written before stamps, by id and version. */
    private static org.bson.conversions.Bson sameAs(Document level) {
        if (level.getString(REVISION) != null) {
            return Filters.eq(REVISION, level.getString(REVISION));
        }
        return Filters.and(Filters.eq("_id", level.getString("_id")),
                level.containsKey("version") ? Filters.eq("version", level.get("version")) : Filters.exists("version", false));
    }

    private static long versionOf(Document level) {
        return level.get("version") instanceof Number version ? version.longValue() : -1;
    }

    /** Stock of the given SKUs as the caller may see it, read in one query. */
    Map<String, StockLevel> levelsOf(Collection<String> skus) {
        Map<String, StockLevel> levels = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(skus)), StockLevel.class).forEach(level -> levels.put(level.sku(), level));
        return levels;
    }

    boolean seesExact(Caller caller, String supplierId) {
        return policy.seesExactStock(caller, supplierId);
    }

    long lowThreshold() {
        return lowThreshold;
    }

    /** The SKUs in reads of {@link #SKUS_PER_READ}. */
    private static List<List<String>> chunks(Collection<String> skus) {
        List<String> all = List.copyOf(skus);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SKUS_PER_READ) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SKUS_PER_READ)));
        }
        return chunks;
    }

    private static String normalise(String sku) {
        return sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
    }
}
