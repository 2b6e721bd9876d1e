package io.canale.identity;

import io.canale.security.Scopes;
import io.canale.security.TokenClaims;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Writes the partner, its type, the roles and the effective scopes into every token. The effective scopes
 * are what the client asked for, cut down to what the person or partner system may hold, so a portal
 * asking for everything still gets a dealer's scopes for a dealer.
 */
@Component
class TokenClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final UserAccountRepository users;
    private final PartnerSystemClientRepository partnerSystems;
    private final PartnerStatusLookup partners;
    private final String apiAudience;

    TokenClaimsCustomizer(UserAccountRepository users, PartnerSystemClientRepository partnerSystems,
            PartnerStatusLookup partners, AuthServerProperties properties) {
        this.users = users;
        this.partnerSystems = partnerSystems;
        this.partners = partners;
        this.apiAudience = properties.apiAudience();
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        if (accessToken) {
            // The API accepts only tokens meant for it; the client stays an audience, as issued by default.
            // A plain ArrayList for the same reason as the scopes below.
            context.getClaims().audience(
                    new ArrayList<>(List.of(context.getRegisteredClient().getClientId(), apiAudience)));
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            PartnerSystemClient client = partnerSystems.findByClientId(context.getRegisteredClient().getClientId())
                    .filter(found -> partners.isActive(found.partnerId()))
                    .orElseThrow(TokenClaimsCustomizer::refused);
            Set<String> scopes = intersect(context.getAuthorizedScopes(), Scopes.forPartnerSystem(client.partnerType()));
            context.getClaims()
                    .claim(TokenClaims.PARTNER_ID, client.partnerId())
                    .claim(TokenClaims.PARTNER_TYPE, client.partnerType().name())
                    .claim(TokenClaims.ROLES, new ArrayList<String>())
                    .claim(TokenClaims.GRANT, "client_credentials")
                    .claim("scope", scopes);
            return;
        }
        UserAccount user = users.findByEmail(context.getPrincipal().getName())
                .filter(UserAccount::canSignIn)
                .filter(found -> partners.isActive(found.partnerId()))
                .orElseThrow(TokenClaimsCustomizer::refused);
        context.getClaims()
                .claim(TokenClaims.PARTNER_ID, user.partnerId())
                .claim(TokenClaims.PARTNER_TYPE, user.partnerType().name())
                .claim(TokenClaims.ROLES, new ArrayList<>(List.of(user.role().name())));
        if (accessToken) {
            context.getClaims()
                    .claim(TokenClaims.GRANT, context.getAuthorizationGrantType().getValue())
                    .claim("scope", intersect(context.getAuthorizedScopes(), Scopes.forUser(user.partnerType(), user.role())));
        } else {
            context.getClaims().claim("email", user.email()).claim("name", user.displayName());
            if (user.locale() != null) {
                context.getClaims().claim("locale", user.locale().toLanguageTag());
            }
        }
    }

    /** A plain HashSet: token claims are stored as JSON that only admits allow-listed collection types. */
    private static Set<String> intersect(Set<String> requested, Set<String> allowed) {
        Set<String> scopes = new HashSet<>(requested);
        scopes.retainAll(allowed);
        return scopes;
    }

    private static OAuth2AuthenticationException refused() {
        return new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_GRANT);
    }
}
