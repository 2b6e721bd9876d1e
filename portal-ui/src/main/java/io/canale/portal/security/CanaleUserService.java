package io.canale.portal.security;

import io.canale.portal.api.ApiException;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Viewer;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserSource;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link CanaleUser} at sign-in: the standard OIDC user (ID token plus userinfo), and the API's
 * {@code viewer}, asked once with the access token just received. The areas it lists become the user's authorities;
 * should the API not answer, the sign-in fails with {@link SignIn#VIEWER_UNAVAILABLE} rather than guess.
 */
@Component
class CanaleUserService extends OidcUserService {

    static final String CURRENT_VIEWER = "shell/currentViewer";

    private static final Logger log = LoggerFactory.getLogger(CanaleUserService.class);

    CanaleUserService(CanaleApi api) {
        setOidcUserConverter(source -> toCanaleUser(source, api));
    }

    private static OidcUser toCanaleUser(OidcUserSource source, CanaleApi api) {
        OidcUserRequest request = source.getUserRequest();
        Viewer viewer = viewer(api, request.getAccessToken().getTokenValue());
        return new CanaleUser(Areas.authorities(viewer.areas()), request.getIdToken(), source.getUserInfo(), viewer);
    }

    private static Viewer viewer(CanaleApi api, String accessToken) {
        try {
            return api.executeWithToken(accessToken, CURRENT_VIEWER, Map.of(), "viewer", Viewer.class);
        } catch (ApiException ex) {
            log.warn("Sign-in refused: the API did not say who the person is ({})", ex.getMessage());
            throw new OAuth2AuthenticationException(new OAuth2Error(SignIn.VIEWER_UNAVAILABLE,
                    "the API did not answer viewer at sign-in", null), ex);
        }
    }
}
