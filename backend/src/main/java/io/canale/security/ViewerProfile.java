package io.canale.security;

import java.util.List;
import java.util.Set;

/** What the policy tells a caller about itself: who it is, its grants, its areas and what it may start. */
public record ViewerProfile(String subject, Caller.Kind kind, String partnerId, Set<PartnerRole> roles, Set<String> scopes,
        List<Area> areas, Actions.Viewer viewerCan) {

    public boolean person() {
        return kind == Caller.Kind.USER;
    }
}
