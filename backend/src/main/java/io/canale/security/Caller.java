package io.canale.security;

import io.canale.shared.PartnerType;
import java.util.Set;

/**
 * Who is calling, as the access token says: a person of a partner (portal) or a partner system (client
 * credentials). Built from the JWT only, so decisions need no database lookup.
 */
public record Caller(String subject, Kind kind, String partnerId, PartnerType partnerType, Set<PartnerRole> roles,
        Set<String> scopes) {

    public enum Kind { USER, PARTNER_SYSTEM }

    public boolean isStaff() {
        return partnerType == PartnerType.MANUFACTURER;
    }

    public boolean has(String scope) {
        return scopes.contains(scope);
    }

    public boolean belongsTo(String partnerId) {
        return this.partnerId.equals(partnerId);
    }
}
