package io.canale.servicecase;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The public survey page ({@code /survey/**}): no sign-in and no session. The unguessable token in the path is the
 * capability, so there is no ambient authority (cookie, session) a cross-site request could borrow, and a CSRF token
 * would protect nothing: whoever can forge the POST already holds the link. The page only posts to itself
 * ({@code form-action 'self'}), loads only its own stylesheet, runs no script, cannot be framed, and sends no referrer
 * (the token must not leak to another site).
 */
@Configuration(proxyBeanMethods = false)
class SurveySecurityConfig {

    static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    /** Before the catch-all sign-in chain (order 4); its path is disjoint from the other public chain's. */
    @Bean
    @Order(3)
    SecurityFilterChain surveyPageChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(SurveyLinks.PATH + "**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }
}
