package io.canale.partner;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.security.PartnerRole;
import io.canale.security.PartnerSystemClient;
import io.canale.security.PartnerSystemClients;
import io.canale.security.UserAccount;
import io.canale.security.UserAccounts;
import io.canale.shared.Payloads;
import io.canale.shared.UserError;
import java.util.List;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/**
 * A partner's self-service administration: its people and its partner-system clients. The partner's own
 * admins and staff directory admins may use it; for everybody else the partner does not exist.
 */
@Controller
class OrganisationController {

    record InviteUserInput(String partnerId, String email, String displayName, PartnerRole role) {
    }

    record DeactivateUserInput(String partnerId, String id, Integer expectedVersion) {
    }

    record CreateApiClientInput(String partnerId, String name, List<String> scopes) {
    }

    record ApiClientChangeInput(String partnerId, String id, Integer expectedVersion) {
    }

    record InviteUserPayload(UserAccount user, String invitationUrl, List<UserError> userErrors) {
    }

    record UserPayload(UserAccount user, List<UserError> userErrors) {
    }

    record ApiClientSecretPayload(PartnerSystemClient apiClient, String clientSecret, List<UserError> userErrors) {
    }

    record ApiClientPayload(PartnerSystemClient apiClient, List<UserError> userErrors) {
    }

    private final PartnerDirectory directory;
    private final UserAccounts users;
    private final PartnerSystemClients clients;
    private final AccessPolicy policy;

    OrganisationController(PartnerDirectory directory, UserAccounts users, PartnerSystemClients clients,
            AccessPolicy policy) {
        this.directory = directory;
        this.users = users;
        this.clients = clients;
        this.policy = policy;
    }

    @QueryMapping
    Window<UserAccount> partnerUsers(@Argument String partnerId, ScrollSubrange subrange) {
        Partner partner = directory.managedBy(policy.caller(), partnerId);
        return users.ofPartner(partner.id(), subrange);
    }

    @QueryMapping
    Window<PartnerSystemClient> partnerClients(@Argument String partnerId, ScrollSubrange subrange) {
        Partner partner = directory.managedBy(policy.caller(), partnerId);
        return clients.ofPartner(partner.id(), subrange);
    }

    @MutationMapping
    InviteUserPayload inviteUser(@Argument InviteUserInput input) {
        Caller caller = policy.caller();
        return Payloads.run(() -> {
            Partner partner = directory.managedBy(caller, input.partnerId());
            return users.invite(partner.id(), partner.type(), input.email(), input.displayName(), input.role(), caller);
        }, invitation -> new InviteUserPayload(invitation.user(), invitation.url(), List.of()),
                errors -> new InviteUserPayload(null, null, errors));
    }

    @MutationMapping
    UserPayload deactivateUser(@Argument DeactivateUserInput input) {
        Caller caller = policy.caller();
        return Payloads.run(() -> {
            Partner partner = directory.managedBy(caller, input.partnerId());
            return users.deactivate(input.id(), partner.id(), input.expectedVersion(), caller);
        }, user -> new UserPayload(user, List.of()), errors -> new UserPayload(null, errors));
    }

    @MutationMapping
    ApiClientSecretPayload createApiClient(@Argument CreateApiClientInput input) {
        Caller caller = policy.caller();
        return Payloads.run(() -> {
            Partner partner = directory.managedBy(caller, input.partnerId());
            return clients.create(partner.id(), partner.type(), input.name(), input.scopes(), caller);
        }, issued -> new ApiClientSecretPayload(issued.client(), issued.secret(), List.of()),
                errors -> new ApiClientSecretPayload(null, null, errors));
    }

    @MutationMapping
    ApiClientSecretPayload rotateApiClientSecret(@Argument ApiClientChangeInput input) {
        Caller caller = policy.caller();
        return Payloads.run(() -> {
            Partner partner = directory.managedBy(caller, input.partnerId());
            return clients.rotateSecret(input.id(), partner.id(), input.expectedVersion(), caller);
        }, issued -> new ApiClientSecretPayload(issued.client(), issued.secret(), List.of()),
                errors -> new ApiClientSecretPayload(null, null, errors));
    }

    @MutationMapping
    ApiClientPayload revokeApiClient(@Argument ApiClientChangeInput input) {
        Caller caller = policy.caller();
        return Payloads.run(() -> {
            Partner partner = directory.managedBy(caller, input.partnerId());
            return clients.revoke(input.id(), partner.id(), input.expectedVersion(), caller);
        }, client -> new ApiClientPayload(client, List.of()), errors -> new ApiClientPayload(null, errors));
    }
}
