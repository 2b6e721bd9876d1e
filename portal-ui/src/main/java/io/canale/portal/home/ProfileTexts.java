package io.canale.portal.home;

import java.util.Comparator;
import java.util.List;

/** The words for a grant (an OAuth scope) on the profile page: message {@code profile.scope.<scope with ':' as '.'>}. */
final class ProfileTexts {

    /** The order grants are listed in: by what they concern, reading before changing. */
    static final List<String> ORDER = List.of("partners:read", "partners:admin", "org:admin", "leads:read", "leads:write",
            "orders:read", "orders:write", "catalog:write", "stock:read", "stock:write", "service:read", "service:write",
            "incentives:read", "incentives:write", "incentives:admin");

    private ProfileTexts() {
    }

    static String key(String scope) {
        return "profile.scope." + scope.replace(':', '.');
    }

    /** The API's grants in {@link #ORDER}; sign-in scopes such as {@code openid} grant nothing in Canale and are left out. */
    static List<String> ordered(List<String> scopes) {
        return scopes.stream().filter(ORDER::contains).sorted(Comparator.comparingInt(ORDER::indexOf)).toList();
    }
}
