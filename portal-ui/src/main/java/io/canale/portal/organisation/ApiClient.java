package io.canale.portal.organisation;

import java.time.OffsetDateTime;
import java.util.List;

/** A partner system's OAuth client. */
record ApiClient(String id, String clientId, String name, List<String> scopes, Status status,
        OffsetDateTime secretIssuedAt, int version) {

    enum Status {
        ACTIVE, REVOKED
    }

    boolean isActive() {
        return status == Status.ACTIVE;
    }
}
