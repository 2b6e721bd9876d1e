package io.canale.portal.security;

import io.canale.portal.api.PartnerType;
import java.io.Serializable;
import java.util.Set;

/**
 * What the access token says about the signed-in user's place in the channel.
 *
 * @param partnerId the user's partner
 * @param partnerType its type; null if the token carries an unknown one
 * @param roles the user's roles within the partner (ADMIN, MEMBER)
 * @param scopes the scopes granted to the portal for this user
 */
public record PartnerClaims(String partnerId, PartnerType partnerType, Set<String> roles, Set<String> scopes)
        implements Serializable {

    public PartnerClaims {
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }
}
