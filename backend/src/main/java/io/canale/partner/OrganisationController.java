package io.canale.partner;

import io.canale.security.Caller;
import io.canale.security.PartnerRole;
import io.canale.identity.PartnerSystemClient;
import io.canale.identity.PartnerSystemClients;
import io.canale.identity.UserAccount;
import io.canale.identity.UserAccounts;
import io.canale.shared.Payloads;
import io.canale.shared.UserError;
import java.util.List;
import java.util.function.Function;
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

    record InviteUserPayload(UserAccount user, String invitationUrl, String invitationSentTo, List<UserError> userErrors) {
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

    OrganisationController(PartnerDirectory directory, UserAccounts users, PartnerSystemClients clients) {
        this.directory = directory;
        this.users = users;
        this.clients = clients;
    }

    @QueryMapping
    Window<UserAccount> partnerUsers(@Argument String partnerId, ScrollSubrange subrange, Caller caller) {
        Partner partner = directory.managedBy(caller, partnerId);
        return users.ofPartner(partner.id(), subrange);
    }

    @QueryMapping
    Window<PartnerSystemClient> partnerClients(@Argument String partnerId, ScrollSubrange subrange, Caller caller) {
        Partner partner = directory.managedBy(caller, partnerId);
        return clients.ofPartner(partner.id(), subrange);
    }

    @MutationMapping
    InviteUserPayload inviteUser(@Argument InviteUserInput input, Caller caller) {
        return onManagedPartner(caller, input.partnerId(), partner -> users.invite(partner.id(), partner.type(),
                        input.email(), input.displayName(), input.role(), caller),
                invitation -> new InviteUserPayload(invitation.user(), invitation.url(), invitation.sentTo(), List.of()),
                errors -> new InviteUserPayload(null, null, null, errors));
    }

    @MutationMapping
    UserPayload deactivateUser(@Argument DeactivateUserInput input, Caller caller) {
        return onManagedPartner(caller, input.partnerId(),
                partner -> users.deactivate(input.id(), partner.id(), input.expectedVersion(), caller),
                user -> new UserPayload(user, List.of()), errors -> new UserPayload(null, errors));
    }

    @MutationMapping
    ApiClientSecretPayload createApiClient(@Argument CreateApiClientInput input, Caller caller) {
        return onManagedPartner(caller, input.partnerId(),
                partner -> clients.create(partner.id(), partner.type(), input.name(), input.scopes(), caller),
                OrganisationController::withSecret, errors -> new ApiClientSecretPayload(null, null, errors));
    }

    @MutationMapping
    ApiClientSecretPayload rotateApiClientSecret(@Argument ApiClientChangeInput input, Caller caller) {
        return onManagedPartner(caller, input.partnerId(),
                partner -> clients.rotateSecret(input.id(), partner.id(), input.expectedVersion(), caller),
                OrganisationController::withSecret, errors -> new ApiClientSecretPayload(null, null, errors));
    }

    @MutationMapping
    ApiClientPayload revokeApiClient(@Argument ApiClientChangeInput input, Caller caller) {
        return onManagedPartner(caller, input.partnerId(),
                partner -> clients.revoke(input.id(), partner.id(), input.expectedVersion(), caller),
                client -> new ApiClientPayload(client, List.of()), errors -> new ApiClientPayload(null, errors));
    }

    /** Runs a change on a partner the caller may manage; any other partner answers NOT_FOUND. */
    private <R, P> P onManagedPartner(Caller caller, String partnerId, Function<Partner, R> change,
            Function<R, P> success, Function<List<UserError>, P> refused) {
        return Payloads.run(() -> change.apply(directory.managedBy(caller, partnerId)), success, refused);
    }

    private static ApiClientSecretPayload withSecret(PartnerSystemClients.IssuedSecret issued) {
        return new ApiClientSecretPayload(issued.client(), issued.secret(), List.of());
    }
}
