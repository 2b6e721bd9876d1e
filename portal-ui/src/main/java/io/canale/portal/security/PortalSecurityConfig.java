package io.canale.portal.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * One filter chain: Vaadin's defaults (framework requests, route access from the views' annotations),
 * sign-in at the backend, and sign-out that ends the backend's session too (OIDC RP-initiated logout
 * with {@code id_token_hint}, back to the portal's root, which starts a new sign-in).
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfig {

    @Bean
    SecurityFilterChain portalFilterChain(HttpSecurity http, ClientRegistrationRepository registrations,
            CanaleUserService userService, ContentSecurityPolicy policy) throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy.policy())));
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/error").permitAll());
        http.oauth2Login(login -> login
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce(registrations)))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(userService))
                .failureHandler(signInFailure()));
        // Back to the page asked for after sign-in, without Spring's "?continue" marker on the URL.
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setMatchingRequestParameterName(null);
        http.requestCache(cache -> cache.requestCache(requestCache));
        http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.oauth2LoginPage(SignIn.PATH, "{baseUrl}/")
                        // Unknown paths reach Vaadin's router (a friendly "not found") instead of a bare 403.
                        .anyRequest(any -> any.authenticated()));
        return http.build();
    }

    /**
     * A sign-in the API could not complete (no answer to {@code viewer}) ends on a page that says so; starting over
     * at once would only loop through the backend's session. Any other failure starts the sign-in again, as
     * Spring's default does.
     */
    private static AuthenticationFailureHandler signInFailure() {
        AuthenticationFailureHandler viewerUnavailable = new SimpleUrlAuthenticationFailureHandler("/" + SignIn.FAILED_ROUTE);
        AuthenticationFailureHandler other = new SimpleUrlAuthenticationFailureHandler(SignIn.PATH + "?error");
        return (request, response, exception) -> {
            boolean noViewer = exception instanceof OAuth2AuthenticationException oauth
                    && SignIn.VIEWER_UNAVAILABLE.equals(oauth.getError().getErrorCode());
            (noViewer ? viewerUnavailable : other).onAuthenticationFailure(request, response, exception);
        };
    }

    /** The backend requires PKCE (S256) from every client, confidential ones included. */
    private static DefaultOAuth2AuthorizationRequestResolver withPkce(ClientRegistrationRepository registrations) {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }
}
