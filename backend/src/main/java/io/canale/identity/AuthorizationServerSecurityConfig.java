package io.canale.identity;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/** The OAuth 2.1 / OIDC endpoints: authorize, token, JWKS, discovery, revocation, introspection, logout. */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http, ObjectProvider<SecondFactor> secondFactor)
            throws Exception {
        SecondFactor factor = secondFactor.getIfAvailable();
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(withDefaults());
            server.tokenEndpoint(token -> token.accessTokenRequestConverters(
                    converters -> converters.addFirst(new RegisteredScopesByDefault())));
        });
        if (factor != null) {
            factor.requireOn(http);
        }
        // Who signs in needs the second factor here, at the authorization endpoint, when the policy names them.
        http.authorizeHttpRequests(requests -> requests.anyRequest().access(factor != null ? factor.authenticated()
                        : AuthenticatedAuthorizationManager.authenticated()))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }
}
