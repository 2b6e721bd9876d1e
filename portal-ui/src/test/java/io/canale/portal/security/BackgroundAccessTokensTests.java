package io.canale.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A UI's background work takes the user's token from the session, refreshes it when it is about to expire, and stores
 * the refreshed tokens back: the backend rotates refresh tokens, so the session must not keep a spent one.
 */
class BackgroundAccessTokensTests {

    private final SessionAuthorizedClients clients = new SessionAuthorizedClients();
    private final MockHttpSession session = new MockHttpSession();
    private final List<String> refreshedWith = new ArrayList<>();
    private final BackgroundAccessTokens tokens;
    private boolean signInEnded;

    BackgroundAccessTokensTests() {
        RefreshTokenOAuth2AuthorizedClientProvider refresh = new RefreshTokenOAuth2AuthorizedClientProvider();
        refresh.setAccessTokenResponseClient(request -> {
            refreshedWith.add(request.getRefreshToken().getTokenValue());
            if (signInEnded) {
                throw new OAuth2AuthorizationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT));
            }
            return OAuth2AccessTokenResponse.withToken("access-2").tokenType(OAuth2AccessToken.TokenType.BEARER)
                    .expiresIn(300).refreshToken("refresh-2").build();
        });
        tokens = new BackgroundAccessTokens(clients, refresh);
    }

    @Test
    void a_valid_token_is_used_as_it_is() {
        signIn(Instant.now().plus(Duration.ofMinutes(5)));

        assertThat(tokens.accessToken(session)).contains("access-1");
        assertThat(refreshedWith).isEmpty();
    }

    @Test
    void an_expiring_token_is_refreshed_once_and_the_new_tokens_are_kept_in_the_session() {
        signIn(Instant.now().plusSeconds(10));

        assertThat(tokens.accessToken(session)).contains("access-2");
        OAuth2AuthorizedClient stored = clients.load(session, SignIn.REGISTRATION_ID);
        assertThat(stored.getAccessToken().getTokenValue()).isEqualTo("access-2");
        assertThat(stored.getRefreshToken().getTokenValue()).as("the rotated refresh token").isEqualTo("refresh-2");
        assertThat(tokens.accessToken(session)).contains("access-2");
        assertThat(refreshedWith).containsExactly("refresh-1");
    }

    @Test
    void a_refused_refresh_token_means_the_sign_in_ended() {
        signIn(Instant.now().plusSeconds(10));
        signInEnded = true;

        assertThat(tokens.accessToken(session)).isEmpty();
    }

    @Test
    void nobody_signed_in_has_no_token() {
        assertThat(tokens.accessToken(session)).isEmpty();
    }

    private void signIn(Instant accessTokenExpires) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(SignIn.REGISTRATION_ID)
                .clientId("portal").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("http://backend/oauth2/authorize").tokenUri("http://backend/oauth2/token").build();
        OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-1",
                accessTokenExpires.minus(Duration.ofMinutes(5)), accessTokenExpires);
        clients.save(session, new OAuth2AuthorizedClient(registration, "giulia", access,
                new OAuth2RefreshToken("refresh-1", Instant.now())));
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(new TestingAuthenticationToken("giulia", null, "ROLE_AREA_HOME")));
    }
}
