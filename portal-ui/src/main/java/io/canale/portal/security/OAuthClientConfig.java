package io.canale.portal.security;

import io.canale.portal.api.BackendProperties;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The backend as OAuth2 provider and the portal as its client. Every endpoint is configured explicitly
 * from {@code canale.backend.url} instead of discovered from the issuer, so the portal starts while the
 * backend is still down; the issuer is still checked in every ID and access token.
 */
@Configuration(proxyBeanMethods = false)
class OAuthClientConfig {

    @Bean
    ClientRegistrationRepository clientRegistrations(BackendProperties backend, PortalClientProperties client) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(SignIn.REGISTRATION_ID)
                .clientName("Canale")
                .clientId(client.clientId())
                .clientSecret(client.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(client.scopes())
                .authorizationUri(backend.endpoint("/oauth2/authorize"))
                .tokenUri(backend.endpoint("/oauth2/token"))
                .jwkSetUri(backend.endpoint("/oauth2/jwks"))
                .userInfoUri(backend.endpoint("/userinfo"))
                .userNameAttributeName("sub")
                .issuerUri(backend.issuer().toString())
                // What discovery would have told: where RP-initiated logout ends the backend's session.
                .providerConfigurationMetadata(Map.of("end_session_endpoint", backend.endpoint("/connect/logout")))
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /**
     * Tokens live in the HTTP session: gone at sign-out, never shared between users; background work of a UI reaches
     * them through the session ({@link BackgroundAccessTokens}).
     */
    @Bean
    SessionAuthorizedClients authorizedClients() {
        return new SessionAuthorizedClients();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        // Access tokens live five minutes: refresh them with the refresh token rather than sign in again.
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    /**
     * Adds the signed-in user's (refreshed if needed) access token to calls to the backend. Vaadin handles
     * UI events outside of Spring MVC, so the principal comes from the security context, not the request.
     */
    @Bean
    ClientHttpRequestInterceptor backendAuthorization(OAuth2AuthorizedClientManager manager,
            OAuth2AuthorizedClientRepository authorizedClients) {
        OAuth2ClientHttpRequestInterceptor interceptor = new OAuth2ClientHttpRequestInterceptor(manager);
        interceptor.setClientRegistrationIdResolver(request -> SignIn.REGISTRATION_ID);
        interceptor.setPrincipalResolver(request -> SecurityContextHolder.getContext().getAuthentication());
        interceptor.setAuthorizationFailureHandler(
                OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClients));
        return interceptor;
    }
}
