package io.canale.portal.security;

import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserSource;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link CanaleUser} at sign-in: the standard OIDC user (ID token plus userinfo), with
 * authorities taken from the claims of the verified access token.
 */
@Component
class CanaleUserService extends OidcUserService {

    CanaleUserService(JwtDecoder accessTokenDecoder) {
        setOidcUserConverter(source -> toCanaleUser(source, accessTokenDecoder));
    }

    private static OidcUser toCanaleUser(OidcUserSource source, JwtDecoder accessTokenDecoder) {
        OidcUserRequest request = source.getUserRequest();
        PartnerClaims partner = TokenAuthorities.claims(
                accessTokenDecoder.decode(request.getAccessToken().getTokenValue()).getClaims());
        Set<GrantedAuthority> authorities = TokenAuthorities.authorities(partner);
        return new CanaleUser(authorities, request.getIdToken(), source.getUserInfo(), partner);
    }
}
