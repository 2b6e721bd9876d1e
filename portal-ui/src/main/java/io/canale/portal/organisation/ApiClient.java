package io.canale.portal.organisation;

import io.canale.portal.api.SchemaType;
import java.time.Instant;
import java.util.List;

/** A partner system's OAuth client: the API's {@code ApiClient}. */
@SchemaType
record ApiClient(String id, String clientId, String name, List<String> scopes, Status status, Instant secretIssuedAt,
        int version) {

    @SchemaType("ApiClientStatus")
    enum Status {
        ACTIVE, REVOKED
    }

    boolean isActive() {
        return status == Status.ACTIVE;
    }
}
