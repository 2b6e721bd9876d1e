package io.canale.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything else: the localized login and invitation pages and the browser session that the
 * authorization endpoint relies on. {@code /error} stays open so Spring's own 4xx answers are not turned
 * into 403.
 */
@Configuration(proxyBeanMethods = false)
class LoginSecurityConfig {

    @Bean
    @Order(4)
    SecurityFilterChain loginChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/invitation", "/error", "/css/**", "/favicon.ico",
                                "/actuator/health/**", "/graphiql/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .build();
    }
}
