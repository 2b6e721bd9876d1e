package io.canale.stock;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
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

    record Item(String sku, Integer available, Integer nextBatchQuantity, String nextBatchEta) {
    }

    record Result(int applied, List<UserError> errors) {
    }

    private final MongoOperations mongo;
    private final Catalog catalog;
    private final AccessPolicy policy;
    private final Clock clock;
    private final long lowThreshold;

    StockSignals(MongoOperations mongo, Catalog catalog, AccessPolicy policy, Clock clock,
            @Value("${canale.stock.low-threshold:10}") long lowThreshold) {
        this.mongo = mongo;
        this.catalog = catalog;
        this.policy = policy;
        this.clock = clock;
        this.lowThreshold = lowThreshold;
    }

    /** Applies every valid item in one bulk write; refused items are reported, never half-applied. */
    Result publish(Caller caller, List<Item> items) {
        policy.publishStock(caller).enforce();
        if (items == null || items.isEmpty()) {
            return new Result(0, List.of(UserError.of("input.items", UserErrorCode.REQUIRED, "give at least one item")));
        }
        if (items.size() > MAX_ITEMS) {
            return new Result(0, List.of(UserError.of("input.items", UserErrorCode.TOO_MANY, "at most " + MAX_ITEMS + " items per call")));
        }
        Set<String> skus = new HashSet<>();
        items.forEach(item -> skus.add(normalise(item.sku())));
        Map<String, String> suppliers = catalog.suppliersOf(skus);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Instant now = clock.instant();
        Set<String> seen = new HashSet<>();
        List<UserError> refused = new ArrayList<>();
        List<ReplaceOneModel<Document>> writes = new ArrayList<>();
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
            StockLevel level = new StockLevel(sku, caller.partnerId(), item.available(),
                    batch ? item.nextBatchQuantity().longValue() : null, batch ? item.nextBatchEta() : null, now, caller.subject());
            Document document = new Document();
            mongo.getConverter().write(level, document);
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", sku), document, new ReplaceOptions().upsert(true)));
        }
        if (!writes.isEmpty()) {
            mongo.getCollection("stock_levels").bulkWrite(writes);
        }
        return new Result(writes.size(), refused);
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

    private static String normalise(String sku) {
        return sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
    }
}
