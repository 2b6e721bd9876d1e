package io.canale.portal.home;

import io.canale.portal.api.PartnerType;
import java.util.List;

/** The answer to {@code viewer}: the signed-in person as the backend sees them. */
record Viewer(String subject, String displayName, List<String> roles, List<String> scopes, String locale,
        Partner partner) {

    record Partner(String id, String name, PartnerType type) {
    }
}
