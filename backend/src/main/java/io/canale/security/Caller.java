package io.canale.security;

import io.canale.shared.ActingPartner;
import io.canale.shared.Actor;
import io.canale.shared.PartnerType;
import java.util.Set;

/**
 * Who is calling, as the access token says: a person of a partner (portal) or a partner system (client
 * credentials). Built from the JWT only, so decisions need no database lookup. Controllers receive it as a
 * method argument (see {@link CallerArguments}) and pass it on; only the {@link AccessPolicy} looks at its
 * partner type, roles and scopes, which an architecture test enforces. Other features use its subject (who did
 * it), its {@link #actor()} (who did it, with its partner, for timelines and audit stamps) and partner id (whose
 * record a new one is).
 */
public record Caller(String subject, Kind kind, String partnerId, PartnerType partnerType, Set<PartnerRole> roles,
        Set<String> scopes) {

    public enum Kind { USER, PARTNER_SYSTEM }

    /**
     * The caller a person of a partner is when signed in through the portal, with the scopes of its type and role: for
     * work done for the person without a request of its own (mailing it its notifications), decided by the same policy.
     */
    public static Caller person(String subject, String partnerId, PartnerType partnerType, PartnerRole role) {
        return new Caller(subject, Kind.USER, partnerId, partnerType, Set.of(role), Scopes.forUser(partnerType, role));
    }

    /** Who is acting, with the partner it acts for: stored with what it does, shown as the policy decides. */
    public Actor actor() {
        return new Actor(subject, new ActingPartner(partnerId, partnerType));
    }

    /**
     * Whose rate budget the request spends: a partner system's own, under its client id; a person's own,
     * under {@code user:} and their subject, so that the people signed in through the portal do not share the
     * portal client's budget.
     */
    public String budgetKey() {
        return kind == Kind.PARTNER_SYSTEM ? subject : "user:" + subject;
    }

    boolean isStaff() {
        return partnerType == PartnerType.MANUFACTURER;
    }

    boolean has(String scope) {
        return scopes.contains(scope);
    }

    boolean belongsTo(String partnerId) {
        return this.partnerId.equals(partnerId);
    }
}
