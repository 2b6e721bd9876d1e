package io.canale.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Everything else: the localized login and invitation pages and the browser session that the
 * authorization endpoint relies on. {@code /error} stays open so Spring's own 4xx answers are not turned
 * into 403.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInLimits.class)
class LoginSecurityConfig {

    /**
     * The sign-in, second-factor and invitation pages load only their own stylesheet and run no script; nobody may
     * frame them.
     * No {@code form-action}: browsers apply it to the redirects after sign-in, which lead to the clients.
     */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'none'";

    @Bean
    @Order(4)
    SecurityFilterChain loginChain(HttpSecurity http, SignInFailures failures, ObjectProvider<SecondFactor> secondFactor)
            throws Exception {
        SignInThrottle throttle = new SignInThrottle(failures);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/invitation", "/error", "/css/**", "/favicon.ico",
                                "/actuator/health/**", "/graphiql/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll().failureHandler(throttle).successHandler(throttle))
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/login"),
                                PathPatternRequestMatcher.withDefaults().matcher(SecondFactor.CODE_PAGE),
                                PathPatternRequestMatcher.withDefaults().matcher("/invitation")),
                        new ContentSecurityPolicyHeaderWriter(PAGE_POLICY))));
        // After the form login, so that a visitor who is not signed in still starts at /login.
        SecondFactor factor = secondFactor.getIfAvailable();
        if (factor != null) {
            factor.offerOn(http);
        }
        return http.build();
    }
}
