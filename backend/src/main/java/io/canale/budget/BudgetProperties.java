package io.canale.budget;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rate budget of each caller, in cost points (see {@code canale.graphql.limits}).
 *
 * @param capacity the bucket's size: the most a caller may spend at once, after being idle; at least the most
 *        a single operation may cost, so that every allowed operation can run
 * @param restorePerSecond points restored per second, continuously, up to the capacity
 * @param maxCallers how many callers' buckets a node keeps; beyond, the least recently used is dropped
 * @param clients budgets of particular partner systems, by client id (e.g. a nightly synchronisation with more
 *        to read); what an entry leaves out is the default
 */
@ConfigurationProperties("canale.graphql.budget")
record BudgetProperties(long capacity, long restorePerSecond, int maxCallers, Map<String, Budget> clients) {

    BudgetProperties {
        capacity = capacity > 0 ? capacity : 20_000;
        restorePerSecond = restorePerSecond > 0 ? restorePerSecond : 2_000;
        maxCallers = maxCallers > 0 ? maxCallers : 100_000;
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    record Budget(long capacity, long restorePerSecond) {
    }

    /** The budget under a caller's key: its own entry in {@link #clients}, completed by the defaults. */
    Budget budgetOf(String key) {
        Budget own = clients.get(key);
        return own == null ? new Budget(capacity, restorePerSecond)
                : new Budget(own.capacity() > 0 ? own.capacity() : capacity,
                        own.restorePerSecond() > 0 ? own.restorePerSecond() : restorePerSecond);
    }

    /** How long the emptiest bucket takes to fill up: a bucket idle that long is full, so forgetting it changes nothing. */
    Duration longestRefill() {
        long seconds = clients.keySet().stream().map(this::budgetOf)
                .mapToLong(BudgetProperties::refillSeconds).reduce(refillSeconds(new Budget(capacity, restorePerSecond)), Math::max);
        return Duration.ofSeconds(seconds);
    }

    private static long refillSeconds(Budget budget) {
        return Math.max(1, (budget.capacity() + budget.restorePerSecond() - 1) / budget.restorePerSecond());
    }
}
