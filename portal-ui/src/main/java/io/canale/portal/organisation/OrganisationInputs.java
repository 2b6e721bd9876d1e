package io.canale.portal.organisation;

import io.canale.portal.api.SchemaType;
import java.util.List;

/** What the organisation's dialogs send: the API's inputs, each naming the partner it changes. */
final class OrganisationInputs {

    private OrganisationInputs() {
    }

    @SchemaType
    record InviteUserInput(String partnerId, String email, String displayName, Member.Role role) {
    }

    @SchemaType
    record DeactivateUserInput(String partnerId, String id, int expectedVersion) {
    }

    @SchemaType
    record CreateApiClientInput(String partnerId, String name, List<String> scopes) {
    }

    /** Which client to rotate or revoke, at the version listed. */
    @SchemaType
    record ApiClientChangeInput(String partnerId, String id, int expectedVersion) {
    }
}
