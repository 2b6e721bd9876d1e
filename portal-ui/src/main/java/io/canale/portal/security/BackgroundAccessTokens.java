package io.canale.portal.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizationContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The signed-in user's access token for work a UI does in the background (no request, no security context on that
 * thread): read from the user's HTTP session, refreshed with the refresh token when it is about to expire, and the
 * refreshed tokens stored back in the session, so the user's next click uses them too. Call it with the Vaadin
 * session locked (inside {@code UI.access} or {@code accessSynchronously}), the lock under which the UI's own calls
 * refresh, so that two refreshes never race for the same single-use refresh token.
 */
@Component
public class BackgroundAccessTokens {

    private final SessionAuthorizedClients authorizedClients;
    private final OAuth2AuthorizedClientProvider refresh;

    @Autowired
    BackgroundAccessTokens(SessionAuthorizedClients authorizedClients) {
        this(authorizedClients, OAuth2AuthorizedClientProviderBuilder.builder().refreshToken().build());
    }

    /** @param refresh refreshes a client whose access token is about to expire, else answers null */
    BackgroundAccessTokens(SessionAuthorizedClients authorizedClients, OAuth2AuthorizedClientProvider refresh) {
        this.authorizedClients = authorizedClients;
        this.refresh = refresh;
    }

    /**
     * The session's current access token, refreshed if needed; empty when nobody is signed in there any more (also
     * when the backend refuses the refresh token: the user's next click leads to a new sign-in).
     */
    public Optional<String> accessToken(VaadinSession vaadinSession) {
        return sessionToken(vaadinSession).map(SessionToken::value);
    }

    /** As {@link #accessToken(VaadinSession)}, with when the token expires (the live connection renews before). */
    public Optional<SessionToken> sessionToken(VaadinSession vaadinSession) {
        WrappedSession wrapped = vaadinSession.getSession();
        return wrapped instanceof WrappedHttpSession http ? sessionToken(http.getHttpSession()) : Optional.empty();
    }

    Optional<String> accessToken(HttpSession session) {
        return sessionToken(session).map(SessionToken::value);
    }

    Optional<SessionToken> sessionToken(HttpSession session) {
        Authentication principal = principal(session);
        OAuth2AuthorizedClient client = authorizedClients.load(session, SignIn.REGISTRATION_ID);
        if (principal == null || client == null) {
            return Optional.empty();
        }
        OAuth2AuthorizedClient refreshed;
        try {
            refreshed = refresh.authorize(
                    OAuth2AuthorizationContext.withAuthorizedClient(client).principal(principal).build());
        } catch (OAuth2AuthorizationException ex) {
            if (OAuth2ErrorCodes.INVALID_GRANT.equals(ex.getError().getErrorCode())) {
                return Optional.empty(); // the sign-in ended (refresh token expired or revoked)
            }
            throw ex; // e.g. the backend is unreachable: worth trying again later
        }
        if (refreshed != null) {
            authorizedClients.save(session, refreshed);
            client = refreshed;
        }
        OAuth2AccessToken token = client.getAccessToken();
        return Optional.of(new SessionToken(token.getTokenValue(), token.getExpiresAt()));
    }

    private static Authentication principal(HttpSession session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext security ? security.getAuthentication() : null;
    }
}
