package io.canale.portal.organisation;

import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.organisation.OrganisationInputs.ApiClientChangeInput;
import io.canale.portal.organisation.OrganisationInputs.CreateApiClientInput;
import io.canale.portal.organisation.OrganisationInputs.DeactivateUserInput;
import io.canale.portal.organisation.OrganisationInputs.InviteUserInput;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The organisation's calls to the API, for one partner at a time; documents under {@code organisation/}. */
@Component
class OrganisationApi {

    private final CanaleApi api;

    OrganisationApi(CanaleApi api) {
        this.api = api;
    }

    Connection<Member> members(String partnerId, int first, String after) {
        return api.page("organisation/partnerUsers", "partnerUsers", Member.class, first, after,
                Map.of("partnerId", partnerId));
    }

    Connection<ApiClient> clients(String partnerId, int first, String after) {
        return api.page("organisation/partnerClients", "partnerClients", ApiClient.class, first, after,
                Map.of("partnerId", partnerId));
    }

    OrganisationPayloads.Invitation invite(String partnerId, InviteDialog.Invitation invitation) {
        return api.mutate("organisation/inviteUser", new InviteUserInput(partnerId, invitation.getEmail().trim(),
                invitation.getDisplayName().trim(), invitation.getRole()), OrganisationPayloads.Invitation.class);
    }

    OrganisationPayloads.MemberChange deactivate(String partnerId, Member member) {
        return api.mutate("organisation/deactivateUser", new DeactivateUserInput(partnerId, member.id(), member.version()),
                OrganisationPayloads.MemberChange.class);
    }

    OrganisationPayloads.ClientSecret createClient(String partnerId, String name, List<String> scopes) {
        return api.mutate("organisation/createApiClient", new CreateApiClientInput(partnerId, name.trim(), scopes),
                OrganisationPayloads.ClientSecret.class);
    }

    OrganisationPayloads.ClientSecret rotateSecret(String partnerId, ApiClient client) {
        return api.mutate("organisation/rotateApiClientSecret", change(partnerId, client),
                OrganisationPayloads.ClientSecret.class);
    }

    OrganisationPayloads.ClientChange revoke(String partnerId, ApiClient client) {
        return api.mutate("organisation/revokeApiClient", change(partnerId, client),
                OrganisationPayloads.ClientChange.class);
    }

    private static ApiClientChangeInput change(String partnerId, ApiClient client) {
        return new ApiClientChangeInput(partnerId, client.id(), client.version());
    }
}
