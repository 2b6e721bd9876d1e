package io.canale.portal.organisation;

/** A person of the partner (the API's {@code User}). */
record Member(String id, String email, String displayName, Role role, Status status, int version) {

    enum Role {
        ADMIN, MEMBER
    }

    enum Status {
        INVITED, ACTIVE, DEACTIVATED
    }

    boolean canBeDeactivated() {
        return status != Status.DEACTIVATED;
    }
}
