package io.canale.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The budget properties as an operator writes them, client ids with dashes included. */
class BudgetPropertiesTests {

    @Test
    void defaults_apply_when_nothing_is_set() {
        BudgetProperties properties = bind(Map.of("canale.graphql.budget.max-callers", "0"));

        assertThat(properties.budgetOf("dealer-system")).isEqualTo(new BudgetProperties.Budget(20_000, 2_000));
        assertThat(properties.maxCallers()).isEqualTo(100_000);
        assertThat(properties.longestRefill()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void a_partner_system_gets_its_own_budget_by_client_id_completed_by_the_defaults() {
        BudgetProperties properties = bind(Map.of("canale.graphql.budget.capacity", "1000",
                "canale.graphql.budget.restore-per-second", "100",
                "canale.graphql.budget.clients[erp-nightly-sync].capacity", "60000"));

        assertThat(properties.budgetOf("erp-nightly-sync")).isEqualTo(new BudgetProperties.Budget(60_000, 100));
        assertThat(properties.budgetOf("user:erp-nightly-sync")).isEqualTo(new BudgetProperties.Budget(1_000, 100));
        assertThat(properties.longestRefill()).as("idle buckets are kept until even the largest is full").isEqualTo(Duration.ofSeconds(600));
    }

    private static BudgetProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("canale.graphql.budget", BudgetProperties.class);
    }
}
