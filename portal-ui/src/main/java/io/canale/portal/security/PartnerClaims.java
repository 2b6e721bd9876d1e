package io.canale.portal.security;

import io.canale.portal.api.PartnerType;
import java.io.Serializable;
import java.util.Set;

/**
 * What the access token says about the signed-in user's place in the channel.
 *
 * <p>Transitional: only the views of lead, routing, leadimport, opportunity and order still use it, until they take
 * their areas from {@link Areas} and their actions from {@code viewerCan}; then it goes. Nothing else may use it
 * ({@code NoAccessRulesOutsideSecurityTests}).
 *
 * @param partnerId the user's partner
 * @param partnerType its type; null if the token carries an unknown one
 * @param roles the user's roles within the partner (ADMIN, MEMBER)
 * @param scopes the scopes granted to the portal for this user
 */
@Deprecated(forRemoval = true)
public record PartnerClaims(String partnerId, PartnerType partnerType, Set<String> roles, Set<String> scopes)
        implements Serializable {

    public PartnerClaims {
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }
}
