package io.canale.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * The signed-in user's tokens (authorized clients) in the HTTP session, as Spring Security's
 * {@code HttpSessionOAuth2AuthorizedClientRepository} keeps them, and also reachable through the session alone: a UI's
 * background task has no request, yet must use and store back the same tokens, because the backend rotates refresh
 * tokens (a refresh token used once is spent).
 */
final class SessionAuthorizedClients implements OAuth2AuthorizedClientRepository {

    private static final String ATTRIBUTE = SessionAuthorizedClients.class.getName() + ".CLIENTS";

    @Override
    @SuppressWarnings("unchecked")
    public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId, Authentication principal,
            HttpServletRequest request) {
        return (T) load(request.getSession(false), registrationId);
    }

    @Override
    public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal, HttpServletRequest request,
            HttpServletResponse response) {
        save(request.getSession(), client);
    }

    @Override
    public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
            HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Map<String, OAuth2AuthorizedClient> clients = clients(session);
            if (clients.remove(registrationId) != null) {
                session.setAttribute(ATTRIBUTE, clients);
            }
        }
    }

    OAuth2AuthorizedClient load(HttpSession session, String registrationId) {
        return session == null ? null : clients(session).get(registrationId);
    }

    void save(HttpSession session, OAuth2AuthorizedClient client) {
        Map<String, OAuth2AuthorizedClient> clients = clients(session);
        clients.put(client.getClientRegistration().getRegistrationId(), client);
        // Set again, so that a replicated session notices the change.
        session.setAttribute(ATTRIBUTE, clients);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, OAuth2AuthorizedClient> clients(HttpSession session) {
        Object clients = session.getAttribute(ATTRIBUTE);
        return clients == null ? new HashMap<>() : new HashMap<>((Map<String, OAuth2AuthorizedClient>) clients);
    }
}
