package io.canale.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes each authentication and each authorization decision, but not each filter of each chain:
 * wrapping every one of the dozen filters a request passes in an observation of its own cost about a tenth of a
 * GraphQL request's time, for timings nobody reads (the request itself is still observed as
 * {@code http.server.requests}).
 */
@Configuration(proxyBeanMethods = false)
class FilterChainObservations {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }
}
