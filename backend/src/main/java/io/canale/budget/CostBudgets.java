package io.canale.budget;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One Bucket4j bucket of cost points per caller, on this node, in memory. A bucket starts full and refills
 * greedily (continuously) at its restore rate. Buckets idle long enough to be full again are forgotten — that
 * changes nothing — and at most {@code maxCallers} are kept; past that the least recently used goes, and its
 * caller starts again with a full bucket.
 */
class CostBudgets {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final BudgetProperties properties;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    CostBudgets(BudgetProperties properties, Clock clock) {
        this.properties = properties;
        this.time = new ClockTime(clock);
        this.buckets = Caffeine.newBuilder().maximumSize(properties.maxCallers())
                .expireAfterAccess(properties.longestRefill()).build();
    }

    /** Takes {@code cost} points from the caller's bucket if they are there; otherwise takes nothing. */
    Charge charge(String key, long cost) {
        BudgetProperties.Budget budget = properties.budgetOf(key);
        Bucket bucket = bucketOf(key, budget);
        // Each operation costs at least a point; one costlier than the whole bucket needs it full and empties it.
        long points = Math.clamp(cost, 1, budget.capacity());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(points);
        return new Charge(probe.isConsumed(), cost, budget.capacity(), probe.getRemainingTokens(),
                budget.restorePerSecond(), seconds(probe.isConsumed() ? 0 : probe.getNanosToWaitForRefill()),
                seconds(probe.getNanosToWaitForReset()));
    }

    /**
     * Takes {@code cost} points whether they are there or not, for work already under way (an export's later pages):
     * the bucket goes into debt, and the caller's next operations wait until it has refilled past it.
     */
    void chargeOwed(String key, long cost) {
        bucketOf(key, properties.budgetOf(key)).consumeIgnoringRateLimits(Math.max(1, cost));
    }

    private Bucket bucketOf(String key, BudgetProperties.Budget budget) {
        return buckets.get(key, unused -> Bucket.builder()
                .addLimit(limit -> limit.capacity(budget.capacity())
                        .refillGreedy(budget.restorePerSecond(), Duration.ofSeconds(1)))
                .withCustomTimePrecision(time)
                .build());
    }

    /** Whole seconds, rounded up, so that a caller who waits that long finds the points there. */
    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
    }

    /**
     * The outcome of a charge.
     *
     * @param granted whether the operation may run (its points were taken)
     * @param requested the operation's cost
     * @param limit the bucket's capacity
     * @param remaining points left in the bucket after the charge
     * @param restoreRate points restored per second
     * @param retryAfter seconds until the refused operation would fit; 0 when granted
     * @param resetAfter seconds until the bucket is full again
     */
    record Charge(boolean granted, long requested, long limit, long remaining, long restoreRate, long retryAfter,
            long resetAfter) {
    }

    /** Bucket4j's time source from the backend's clock, so that tests move time instead of sleeping. */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * NANOS_PER_SECOND + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
