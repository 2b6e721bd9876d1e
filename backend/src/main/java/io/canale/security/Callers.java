package io.canale.security;

import io.canale.shared.PartnerType;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The one way to learn who calls: the validated access token in the security context. GraphQL controllers and
 * HTTP endpoints receive the result as a {@code Caller} argument (see {@link CallerArguments}).
 */
public final class Callers {

    private Callers() {
    }

    /** The caller of the current request; FORBIDDEN without a bearer token naming a partner. */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new AccessDeniedException("no bearer token");
        }
        return of(token.getToken());
    }

    static Caller of(Jwt jwt) {
        String partnerId = jwt.getClaimAsString(TokenClaims.PARTNER_ID);
        String partnerType = jwt.getClaimAsString(TokenClaims.PARTNER_TYPE);
        if (partnerId == null || partnerType == null) {
            throw new AccessDeniedException("token without partner");
        }
        Set<PartnerRole> roles = EnumSet.noneOf(PartnerRole.class);
        List<String> roleClaim = jwt.getClaimAsStringList(TokenClaims.ROLES);
        if (roleClaim != null) {
            roleClaim.forEach(role -> roles.add(PartnerRole.valueOf(role)));
        }
        Caller.Kind kind = "client_credentials".equals(jwt.getClaimAsString(TokenClaims.GRANT))
                ? Caller.Kind.PARTNER_SYSTEM : Caller.Kind.USER;
        return new Caller(jwt.getSubject(), kind, partnerId, PartnerType.valueOf(partnerType), roles,
                scopesOf(jwt.getClaim("scope")));
    }

    private static Set<String> scopesOf(Object claim) {
        Set<String> scopes = new LinkedHashSet<>();
        if (claim instanceof String text) {
            scopes.addAll(List.of(text.split(" ")));
        } else if (claim instanceof Collection<?> values) {
            values.forEach(value -> scopes.add(value.toString()));
        }
        return scopes;
    }
}
