package io.canale.portal.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The signed-in person: name and email from the ID token, partner and grants from the access token as it
 * was at sign-in. Views get it from Vaadin's {@code AuthenticationContext}.
 */
public class CanaleUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final PartnerClaims partner;

    CanaleUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
            PartnerClaims partner) {
        super(authorities, idToken, userInfo, "sub");
        this.partner = partner;
    }

    public PartnerClaims partner() {
        return partner;
    }

    public boolean hasScope(String scope) {
        return partner.scopes().contains(scope);
    }

    /** The name to greet with: the display name, else the email. */
    public String displayName() {
        return getFullName() != null ? getFullName() : getEmail();
    }
}
