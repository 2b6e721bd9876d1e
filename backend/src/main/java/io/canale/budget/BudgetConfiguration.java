package io.canale.budget;

import io.canale.budget.CostBudgets.Charge;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.http.HttpHeaders;

/**
 * The budgets, their instrumentation (after the query limits, whose cost it charges) and the headers every
 * answer carries, after the IETF draft "RateLimit header fields for HTTP" in its widely used first form:
 * {@code RateLimit-Limit} (the bucket's size in cost points), {@code RateLimit-Remaining} (points left after this
 * request) and {@code RateLimit-Reset} (seconds until the bucket is full again); a refused request adds
 * {@code Retry-After} (seconds until it would fit).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BudgetProperties.class)
class BudgetConfiguration {

    @Bean
    CostBudgets costBudgets(BudgetProperties properties, Clock clock) {
        return new CostBudgets(properties, clock);
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    BudgetInstrumentation budgetInstrumentation(CostBudgets budgets) {
        return new BudgetInstrumentation(budgets);
    }

    @Bean
    WebGraphQlInterceptor rateLimitHeaders() {
        return (request, chain) -> chain.next(request).doOnNext(response -> {
            Charge charge = response.getExecutionInput().getGraphQLContext().get(BudgetInstrumentation.CHARGE_KEY);
            if (charge == null) {
                return;
            }
            HttpHeaders headers = response.getResponseHeaders();
            headers.set("RateLimit-Limit", Long.toString(charge.limit()));
            headers.set("RateLimit-Remaining", Long.toString(charge.remaining()));
            headers.set("RateLimit-Reset", Long.toString(charge.resetAfter()));
            if (!charge.granted()) {
                headers.set(HttpHeaders.RETRY_AFTER, Long.toString(charge.retryAfter()));
            }
        });
    }
}
