package io.canale.portal.security;

import io.canale.portal.api.Viewer;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The signed-in person: the ID token, and the API's answer to {@code viewer} at sign-in — who the person is, and
 * the areas and actions the access policy grants. Its authorities are those areas ({@link Areas}). Views read the
 * viewer through {@link CurrentViewer}, never this class.
 */
public class CanaleUser extends DefaultOidcUser {

    private static final long serialVersionUID = 3L;

    private final Viewer viewer;

    CanaleUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
            Viewer viewer) {
        super(authorities, idToken, userInfo, "sub");
        this.viewer = viewer;
    }

    /** The caller as the API described it at sign-in. */
    Viewer viewer() {
        return viewer;
    }
}
