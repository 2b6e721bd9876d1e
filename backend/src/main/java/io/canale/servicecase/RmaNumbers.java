package io.canale.servicecase;

import java.time.Clock;
import java.time.ZoneOffset;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Return authorisation numbers people can read out on the phone, e.g. {@code RMA-2026-000123}: one counter document
 * per year, incremented atomically ({@code $inc} in findAndModify, no transaction), so two servers never hand out the
 * same number. A number drawn for a change that is then refused (a concurrent edit) stays unused: numbers are unique
 * and increasing, not gapless.
 */
@Component
class RmaNumbers {

    static final String COUNTERS = "service_counters";

    private final MongoOperations mongo;
    private final Clock clock;

    RmaNumbers(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    String next() {
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is("rma-" + year)), new Update().inc("value", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COUNTERS);
        return "RMA-%d-%06d".formatted(year, ((Number) counter.get("value")).longValue());
    }
}
