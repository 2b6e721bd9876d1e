package io.canale.shared.graphql;

import io.canale.security.AccessPolicy;
import io.canale.security.CallerArguments;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @GraphQlTest} of a Canale controller needs besides the controller: the scalars and query limits,
 * the error codes, the real access policy on a fixed clock, and the {@code Caller} argument. Tests hand the caller
 * in through the request's GraphQL context, as {@link CallerArguments} does from a token.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({GraphQlConfiguration.class, ApiExceptionResolver.class, AccessPolicy.class, CallerArguments.class})
public class GraphQlSlice {

    public static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
