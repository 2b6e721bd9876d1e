package io.canale.fund;

import io.canale.shared.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Releases funds whose claim deadline passed: every approved request without a claim by then expires, and what it held
 * returns to its allocation. Idempotent: an expired request holds nothing and is not looked at again, and each
 * allocation is changed by a replace conditional on its version, so two nodes sweeping at once release each request once.
 */
@Component
class FundDeadlines {

    private static final Logger log = LoggerFactory.getLogger(FundDeadlines.class);

    private final MongoOperations mongo;
    private final FundAllocations allocations;
    private final Clock clock;

    FundDeadlines(MongoOperations mongo, FundAllocations allocations, Clock clock) {
        this.mongo = mongo;
        this.allocations = allocations;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${canale.funds.deadline-sweep:PT15M}", initialDelayString = "PT1M")
    void sweep() {
        releaseExpired(clock.instant());
    }

    /** Releases what expired by {@code now}; answers how many requests it released. */
    int releaseExpired(Instant now) {
        Query due = Query.query(Criteria.where("nextClaimDeadline").lte(now));
        due.fields().include("_id");
        List<FundAllocation> found = mongo.find(due.limit(1_000), FundAllocation.class);
        int released = 0;
        for (FundAllocation allocation : found) {
            released += allocations.expireClaims(allocation.id(), now, Actor.SYSTEM);
        }
        if (released > 0) {
            log.info("Released {} fund request(s) whose claim deadline passed without a claim", released);
        }
        return released;
    }
}
