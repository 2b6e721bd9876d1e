package io.canale.identity;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The GraphQL API and its file transfers (imports, service-case attachments, order confirmations, incentive statements): stateless, bearer JWTs only. A missing or bad token answers 401 with
 * {@code WWW-Authenticate}; what a valid token may do is decided by the {@link AccessPolicy}.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/graphql", "/graphql/**", "/imports/**", "/exports/**", "/service-cases/**", "/funds/**",
                "/orders/**", "/incentives/**", "/shipments/**")
                // A WebSocket handshake carries no token: it comes in connection_init (io.canale.security.WebSocketCallers).
                .authorizeHttpRequests(requests -> requests.requestMatchers(ApiSecurityConfig::webSocketUpgrade).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.jwt(withDefaults()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Public endpoints that anybody may post to, such as the website's lead form: no session, no CSRF
     * token (there is no cookie to forge), protected by validation and rate limits instead.
     */
    @Bean
    @Order(3)
    SecurityFilterChain publicCaptureChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/capture/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    private static boolean webSocketUpgrade(jakarta.servlet.http.HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
    }
}
