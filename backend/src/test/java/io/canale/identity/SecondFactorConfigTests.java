package io.canale.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A second factor that is required but cannot be delivered stops the start with a message that says what to set. */
class SecondFactorConfigTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(SecondFactorConfig.class);

    @Test
    void a_required_second_factor_without_a_mail_server_refuses_to_start() {
        context.withPropertyValues("canale.auth.mfa.required-for=staff").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("spring.mail.host")
                    .hasMessageContaining("canale.auth.mfa.required-for=staff");
        });
    }

    @Test
    void an_unknown_group_refuses_to_start() {
        context.withPropertyValues("canale.auth.mfa.required-for=staff,bosses").run(started ->
                assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("unknown group 'bosses'"));
    }

    @Test
    void by_default_nobody_needs_a_second_factor() {
        context.run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(SecondFactor.class));
    }
}
