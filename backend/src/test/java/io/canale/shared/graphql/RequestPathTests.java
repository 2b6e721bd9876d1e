package io.canale.shared.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.TaskDecorator;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * What a GraphQL request no longer repeats or adds needlessly: the token check of a token already checked, a thread
 * per controller method, an observation per data fetcher and per security filter, per-field hooks of instrumentations
 * that have none. (Its cost is measured in bench/.)
 */
@Import(RequestPathTests.CountedTasks.class)
class RequestPathTests extends IntegrationTestBase {

    static final String PAGE = "{ partners(first: 5) { edges { node { id name audit { createdBy updatedBy } "
            + "viewerCan { update } } } } }";

    /** Counts the tasks handed to the application's task executor. */
    @TestConfiguration(proxyBeanMethods = false)
    static class CountedTasks {

        static final AtomicInteger TASKS = new AtomicInteger();

        @Bean
        TaskDecorator countingTaskDecorator() {
            return task -> {
                TASKS.incrementAndGet();
                return task;
            };
        }
    }

    @Autowired
    JwtDecoder decoder;

    @Autowired
    MeterRegistry meters;

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void a_token_is_checked_once_and_then_answered_from_memory() {
        String token = tokenFor("dealer-system");
        assertThat(decoder.decode(token)).isSameAs(decoder.decode(token));
    }

    @Test
    void controller_methods_run_on_the_request_thread_not_on_a_thread_each() {
        String token = tokenFor("dealer-system");
        http.graphql(token, PAGE);
        int before = CountedTasks.TASKS.get();
        http.graphql(token, PAGE);
        assertThat(CountedTasks.TASKS.get()).isEqualTo(before);
    }

    @Test
    void graphql_requests_are_observed_but_not_each_data_fetcher() {
        http.graphql(tokenFor("dealer-system"), PAGE);
        assertThat(meters.find("graphql.request").meters()).isNotEmpty();
        assertThat(meters.find("graphql.datafetcher").meters()).isEmpty();
    }

    @Test
    void security_filters_are_not_observed_one_by_one() {
        http.graphql(tokenFor("dealer-system"), PAGE);
        assertThat(meters.find("http.server.requests").meters()).isNotEmpty();
        assertThat(meters.find("spring.security.filterchains").meters()).isEmpty();
    }

    @Test
    void per_field_hooks_go_only_to_the_instrumentations_that_implement_them() {
        assertThat(graphQlSource.graphQl().getInstrumentation()).isInstanceOf(InstrumentationChain.class);
        assertThat(graphQlSource.graphQl().getInstrumentation().beginFieldExecution(null, null)).isNull();
    }
}
