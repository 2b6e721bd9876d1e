package io.canale.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canale.identity.PartnerSystemClients;
import io.canale.identity.UserAccounts;
import io.canale.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A store seeded by the demo profile, started without it, must not open: the guard names every login and client
 * that still takes its public password. (The test context runs with the demo profile, so the guard is built by
 * hand over the same store, as a start without the profile would build it.)
 */
class DemoCredentialsGuardTests extends IntegrationTestBase {

    @Autowired
    UserAccounts users;

    @Autowired
    PartnerSystemClients clients;

    @Test
    void a_store_with_demo_credentials_refuses_to_start_without_the_demo_profile() {
        DemoCredentialsGuard guard = new DemoCredentialsGuard(users, clients);

        assertThatThrownBy(guard::afterSingletonsInstantiated)
                .isInstanceOf(DemoCredentialsGuard.DemoCredentialsLeft.class)
                .hasMessageContaining("demo profile is off")
                .hasMessageContaining("login staff@canale.demo")
                .hasMessageContaining("login carrier@canale.demo")
                .hasMessageContaining("client dealer-system")
                .hasMessageContaining("client carrier-system");
    }

    @Test
    void the_operator_is_told_what_to_do_without_a_stack_trace() {
        DemoCredentialsGuard.DemoCredentialsLeft refused = new DemoCredentialsGuard.DemoCredentialsLeft(
                java.util.List.of("login staff@canale.demo"));

        var analysis = new DemoCredentialsFailureAnalyzer().analyze(new IllegalStateException("context", refused));

        assertThat(analysis.getDescription()).contains("login staff@canale.demo", "demo profile is off");
        assertThat(analysis.getAction()).contains("--spring.profiles.active=demo", "revoke");
    }
}
