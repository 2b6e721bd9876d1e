package io.canale.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.budget.BudgetProperties.Budget;
import io.canale.budget.CostBudgets.Charge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bucket arithmetic on a clock the test moves: 1,000 points, 100 restored per second. */
class CostBudgetsTests {

    final SteppingClock clock = new SteppingClock();
    final CostBudgets budgets = new CostBudgets(new BudgetProperties(1_000, 100, 10,
            Map.of("sync-system", new Budget(50_000, 0))), clock);

    @Test
    void a_caller_spends_its_bucket_and_is_refused_with_the_seconds_until_the_operation_fits() {
        assertThat(budgets.charge("dealer-system", 900)).isEqualTo(new Charge(true, 900, 1_000, 100, 100, 0, 9));

        Charge refused = budgets.charge("dealer-system", 350);

        // 250 points missing at 100 per second: 2.5 s, rounded up.
        assertThat(refused).isEqualTo(new Charge(false, 350, 1_000, 100, 100, 3, 9));
        assertThat(budgets.charge("dealer-system", 100).granted()).as("a refusal takes nothing").isTrue();
    }

    @Test
    void the_bucket_restores_continuously_up_to_its_capacity() {
        budgets.charge("dealer-system", 1_000);

        clock.advance(Duration.ofMillis(2_500));
        assertThat(budgets.charge("dealer-system", 250).remaining()).isZero();
        clock.advance(Duration.ofHours(1));
        assertThat(budgets.charge("dealer-system", 1).remaining()).isEqualTo(999);
    }

    @Test
    void callers_do_not_share_buckets() {
        budgets.charge("dealer-system", 1_000);

        assertThat(budgets.charge("user:dealer@canale.demo", 1_000).granted()).isTrue();
        assertThat(budgets.charge("dealer-system", 1).granted()).isFalse();
    }

    @Test
    void an_operation_costlier_than_the_bucket_needs_it_full_and_empties_it() {
        assertThat(budgets.charge("dealer-system", 5_000)).satisfies(charge -> {
            assertThat(charge.granted()).isTrue();
            assertThat(charge.requested()).isEqualTo(5_000);
            assertThat(charge.remaining()).isZero();
        });
        assertThat(budgets.charge("dealer-system", 5_000).retryAfter()).isEqualTo(10);
    }

    @Test
    void even_an_operation_that_costs_nothing_takes_a_point() {
        assertThat(budgets.charge("dealer-system", 0).remaining()).isEqualTo(999);
    }

    @Test
    void a_partner_system_with_a_budget_of_its_own_gets_it_with_the_default_restore_rate() {
        Charge charge = budgets.charge("sync-system", 20_000);

        assertThat(charge).isEqualTo(new Charge(true, 20_000, 50_000, 30_000, 100, 0, 200));
    }

    /** A clock that only moves when told. */
    static final class SteppingClock extends Clock {

        private Instant now = Instant.parse("2026-12-07T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
