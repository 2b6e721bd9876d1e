package io.canale.portal.organisation;

import io.canale.portal.api.PartnerType;
import java.util.List;

/**
 * The scopes a partner system of each partner type may hold: the backend's ceiling, offered as the
 * checkboxes of a new client. Admin scopes are for people only.
 */
final class ApiClientScopes {

    private ApiClientScopes() {
    }

    static List<String> forPartnerType(PartnerType type) {
        return switch (type) {
            case DEALER -> List.of("partners:read", "leads:read", "leads:write", "orders:read", "orders:write",
                    "stock:read", "service:read", "service:write", "incentives:read");
            case SUPPLIER -> List.of("partners:read", "orders:read", "orders:write", "stock:read", "stock:write",
                    "service:read", "service:write");
            case CARRIER -> List.of("partners:read", "orders:read", "orders:write");
            case MANUFACTURER -> List.of("partners:read", "leads:read", "leads:write", "orders:read",
                    "orders:write", "stock:read", "stock:write", "service:read", "service:write", "incentives:read");
        };
    }
}
