package io.canale.portal.security;

import io.canale.portal.api.PartnerType;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Reads the partner claims of an access token and maps them to authorities. The access token, not the ID
 * token, is the source: it carries what the backend actually grants ({@code scope} cut down to the user's
 * ceiling), so the portal shows exactly what the API will allow.
 *
 * <p>Transitional: only the views of lead, routing, leadimport, opportunity and order still use it, until they take
 * their areas from {@link Areas} and their actions from {@code viewerCan}; then it goes. Nothing else may use it
 * ({@code NoAccessRulesOutsideSecurityTests}).
 */
@Deprecated(forRemoval = true)
final class TokenAuthorities {

    static final String PARTNER_ID = "partner_id";
    static final String PARTNER_TYPE = "partner_type";
    static final String ROLES = "roles";
    static final String SCOPE = "scope";

    private TokenAuthorities() {
    }

    /** The claims the portal needs; missing claims read as empty, an unknown partner type as null. */
    static PartnerClaims claims(Map<String, Object> accessTokenClaims) {
        Object type = accessTokenClaims.get(PARTNER_TYPE);
        return new PartnerClaims(
                (String) accessTokenClaims.get(PARTNER_ID),
                type == null ? null : partnerType(type.toString()),
                strings(accessTokenClaims.get(ROLES)),
                strings(accessTokenClaims.get(SCOPE)));
    }

    /**
     * {@code ROLE_STAFF}, {@code ROLE_ORG_ADMIN}, {@code ROLE_SUPPLIER}, the lead, order, shipment and price roles and one
     * {@code SCOPE_x} per granted scope.
     */
    static Set<GrantedAuthority> authorities(PartnerClaims claims) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        if (claims.partnerType() == PartnerType.MANUFACTURER) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.STAFF));
        }
        if (claims.partnerType() == PartnerType.SUPPLIER) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.SUPPLIER));
        }
        if (claims.roles().contains("ADMIN") && claims.scopes().contains(PortalScopes.ORG_ADMIN)) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.ORG_ADMIN));
        }
        if (claims.scopes().contains(PortalScopes.LEADS_READ)) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.LEAD_READER));
        }
        if (claims.scopes().contains(PortalScopes.LEADS_WRITE)) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.LEAD_WRITER));
        }
        addOrderRoles(claims, authorities);
        claims.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
        return authorities;
    }

    private static void addOrderRoles(PartnerClaims claims, Set<GrantedAuthority> authorities) {
        if (claims.scopes().contains(PortalScopes.ORDERS_READ)) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.SHIPMENT_READER));
            if (claims.partnerType() != PartnerType.CARRIER) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.ORDER_READER));
            }
            if (claims.partnerType() == PartnerType.MANUFACTURER || claims.partnerType() == PartnerType.DEALER) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.PRICE_READER));
            }
        }
        if (claims.scopes().contains(PortalScopes.ORDERS_WRITE)) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.ORDER_WRITER));
            if (claims.partnerType() == PartnerType.DEALER) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.ORDERING_DEALER));
            }
        }
    }

    private static PartnerType partnerType(String value) {
        for (PartnerType type : PartnerType.values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        return null;
    }

    /** A JSON array claim, or a space-delimited string as OAuth writes {@code scope}. */
    private static Set<String> strings(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof Collection<?> collection) {
            collection.forEach(value -> values.add(value.toString()));
        } else if (claim instanceof String text && !text.isBlank()) {
            values.addAll(List.of(text.trim().split("\\s+")));
        }
        return values;
    }
}
