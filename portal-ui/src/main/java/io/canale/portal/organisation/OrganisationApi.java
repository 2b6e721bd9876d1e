package io.canale.portal.organisation;

import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The organisation operations of the API, for one partner at a time. */
@Component
class OrganisationApi {

    private static final ParameterizedTypeReference<Connection<Member>> MEMBERS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Connection<ApiClient>> CLIENTS =
            new ParameterizedTypeReference<>() {
            };

    private final CanaleApi api;

    OrganisationApi(CanaleApi api) {
        this.api = api;
    }

    Connection<Member> members(String partnerId, int first, String after) {
        return api.execute("partnerUsers", page(partnerId, first, after), "partnerUsers", MEMBERS);
    }

    Connection<ApiClient> clients(String partnerId, int first, String after) {
        return api.execute("partnerClients", page(partnerId, first, after), "partnerClients", CLIENTS);
    }

    Payloads.Invitation invite(String partnerId, InviteDialog.Invitation invitation) {
        return mutate("inviteUser", Map.of("partnerId", partnerId, "email", invitation.getEmail().trim(),
                "displayName", invitation.getDisplayName().trim(), "role", invitation.getRole().name()),
                Payloads.Invitation.class);
    }

    Payloads.MemberChange deactivate(String partnerId, Member member) {
        return mutate("deactivateUser", Map.of("partnerId", partnerId, "id", member.id(),
                "expectedVersion", member.version()), Payloads.MemberChange.class);
    }

    Payloads.ClientSecret createClient(String partnerId, String name, List<String> scopes) {
        return mutate("createApiClient", Map.of("partnerId", partnerId, "name", name.trim(), "scopes", scopes),
                Payloads.ClientSecret.class);
    }

    Payloads.ClientSecret rotateSecret(String partnerId, ApiClient client) {
        return mutate("rotateApiClientSecret", change(partnerId, client), Payloads.ClientSecret.class);
    }

    Payloads.ClientChange revoke(String partnerId, ApiClient client) {
        return mutate("revokeApiClient", change(partnerId, client), Payloads.ClientChange.class);
    }

    private <T> T mutate(String mutation, Map<String, Object> input, Class<T> payload) {
        return api.execute(mutation, Map.of("input", input), mutation, payload);
    }

    private static Map<String, Object> change(String partnerId, ApiClient client) {
        return Map.of("partnerId", partnerId, "id", client.id(), "expectedVersion", client.version());
    }

    private static Map<String, Object> page(String partnerId, int first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("partnerId", partnerId);
        variables.put("first", first);
        variables.put("after", after);
        return variables;
    }
}
