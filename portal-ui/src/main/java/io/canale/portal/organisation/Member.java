package io.canale.portal.organisation;

import io.canale.portal.api.SchemaType;

/** A person of the partner: the API's {@code User}. */
@SchemaType("User")
record Member(String id, String email, String displayName, Role role, Status status, int version) {

    /** The person's role within the partner, data of the person listed. */
    @SchemaType("PartnerRole")
    enum Role {
        ADMIN, MEMBER
    }

    @SchemaType("UserStatus")
    enum Status {
        INVITED, ACTIVE, DEACTIVATED
    }

    boolean canBeDeactivated() {
        return status != Status.DEACTIVATED;
    }
}
