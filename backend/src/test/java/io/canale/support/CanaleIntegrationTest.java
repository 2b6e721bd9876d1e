package io.canale.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole backend on a random port with the demo data, against {@link TestMongo}. All classes with this
 * annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"canale.auth.issuer=" + Http.ISSUER, "canale.embedded.in-memory=true",
                // Tests trigger deadline checks themselves, after moving the clock.
                "canale.leads.deadline-check=PT24H", "canale.orders.plan-sweep=PT24H", "canale.service.sla.escalation-check=PT24H", "canale.leads.web-capture-per-minute=5",
                // Nor may the signing key rotate under tests that move the clock by months: cached tokens would fail.
                "canale.auth.signing-key-refresh=PT24H",
                // Tests pose as many clients through X-Forwarded-For, so the loopback "proxy" is trusted.
                "canale.http.trusted-proxies=127\\\\.0\\\\.0\\\\.1|0:0:0:0:0:0:0:1",
                // Tests call much faster than people and partner systems; RateBudgetTests has its own small budget.
                "canale.graphql.budget.capacity=1000000000", "canale.graphql.budget.restore-per-second=1000000000"})
@Import({TestClockConfiguration.class, CrashPoints.class})
@ActiveProfiles("demo")
public @interface CanaleIntegrationTest {
}
