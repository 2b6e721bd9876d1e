package io.canale.shared.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StartupBackfillsTests extends IntegrationTestBase {

    @Autowired
    StartupBackfills backfills;

    @Test
    void a_backfill_runs_at_each_start_until_a_run_finds_nothing_then_never_again() {
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger left = new AtomicInteger(2);
        StartupBackfills.Run fillOne = () -> {
            runs.incrementAndGet();
            return left.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 1 : 0;
        };
        String name = "test-" + System.nanoTime();

        backfills.runUntilNothingLeft(name, fillOne);
        backfills.runUntilNothingLeft(name, fillOne);
        assertThat(backfills.isDone(name)).as("filled something in each run so far").isFalse();
        backfills.runUntilNothingLeft(name, fillOne);
        assertThat(backfills.isDone(name)).isTrue();
        backfills.runUntilNothingLeft(name, fillOne);
        backfills.runUntilNothingLeft(name, fillOne);

        assertThat(runs).hasValue(3);
    }

    @Test
    void the_applications_backfills_are_done_once_a_start_found_nothing_to_fill() {
        // The test store starts from the demo data, which every backfilled field already has.
        assertThat(java.util.List.of("lead-sort-keys", "product-search-texts", "notification-labels:LEAD,ORDER,SERVICE_CASE", "order-hand-overs", "order-numbers"))
                .allMatch(backfills::isDone);
    }
}
