package io.canale.portal.organisation;

import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.util.List;

/** The answers of the organisation mutations. */
final class OrganisationPayloads {

    private OrganisationPayloads() {
    }

    @SchemaType("InviteUserPayload")
    record Invitation(Member user, String invitationUrl, String invitationSentTo, List<UserError> userErrors) implements Payload {
    }

    @SchemaType("UserPayload")
    record MemberChange(Member user, List<UserError> userErrors) implements Payload {
    }

    @SchemaType("ApiClientSecretPayload")
    record ClientSecret(ApiClient apiClient, String clientSecret, List<UserError> userErrors) implements Payload {
    }

    @SchemaType("ApiClientPayload")
    record ClientChange(ApiClient apiClient, List<UserError> userErrors) implements Payload {
    }
}
