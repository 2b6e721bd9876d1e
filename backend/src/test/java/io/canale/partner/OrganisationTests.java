package io.canale.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A partner admin manages its people and partner-system clients, end to end over HTTP. */
class OrganisationTests extends IntegrationTestBase {

    static final String BIANCHI = "ptn_bianchi_moto";
    static final String INVITE = """
            mutation($input: InviteUserInput!) {
              inviteUser(input: $input) { user { id email status role version } invitationUrl userErrors { field code } }
            }""";
    static final String CREATE_CLIENT = """
            mutation($p: ID!, $scopes: [String!]!) { createApiClient(input: {partnerId: $p, name: "Gestionale", scopes: $scopes}) {
              apiClient { id clientId scopes status version } clientSecret userErrors { field code } } }""";


    @Test
    void an_invited_person_activates_the_account_and_signs_in() {
        String email = "nuovo-" + UUID.randomUUID() + "@bianchi-moto.demo";
        JsonNode invited = http.graphql(tokenFor("dealer2@canale.demo"), INVITE, Map.of("input", Map.of("partnerId", BIANCHI, "email", email,
                "displayName", "Nuovo Collega", "role", "MEMBER"))).at("/data/inviteUser");
        assertThat(invited.at("/user/status").asString()).isEqualTo("INVITED");
        String link = invited.path("invitationUrl").asString();
        assertThat(link).startsWith(Http.ISSUER + "/invitation?token=");

        assertThatThrownBy(() -> http.userTokens(email, "scelta-segreta-1")).hasMessageContaining("sign-in refused");
        activate(link, "scelta-segreta-1");
        JsonNode viewer = http.graphql(http.userTokens(email, "scelta-segreta-1").path("access_token").asString(),
                "{ viewer { subject roles scopes partner { id } } }").at("/data/viewer");
        assertThat(viewer.path("subject").asString()).isEqualTo(email);
        assertThat(viewer.at("/partner/id").asString()).isEqualTo(BIANCHI);
        assertThat(viewer.path("scopes").toString()).contains("partners:read").doesNotContain("org:admin");
    }

    @Test
    void an_email_in_use_or_malformed_is_refused() {
        JsonNode duplicate = http.graphql(tokenFor("dealer2@canale.demo"), INVITE, Map.of("input", Map.of("partnerId", BIANCHI,
                "email", "DEALER@canale.demo", "displayName", "Copia", "role", "MEMBER"))).at("/data/inviteUser");
        assertThat(duplicate.at("/userErrors/0/code").asString()).isEqualTo("DUPLICATE");
        JsonNode malformed = http.graphql(tokenFor("dealer2@canale.demo"), INVITE, Map.of("input", Map.of("partnerId", BIANCHI,
                "email", "nobody", "displayName", "", "role", "MEMBER"))).at("/data/inviteUser");
        assertThat(malformed.path("userErrors").toString()).contains("email", "INVALID", "displayName", "REQUIRED");
    }

    @Test
    void a_deactivated_person_can_no_longer_sign_in() {
        String email = "uscente-" + UUID.randomUUID() + "@bianchi-moto.demo";
        JsonNode user = http.graphql(tokenFor("dealer2@canale.demo"), INVITE, Map.of("input", Map.of("partnerId", BIANCHI, "email", email,
                "displayName", "Uscente", "role", "MEMBER"))).at("/data/inviteUser");
        activate(user.path("invitationUrl").asString(), "password-uscente");
        JsonNode deactivated = http.graphql(tokenFor("dealer2@canale.demo"), """
                mutation($p: ID!, $id: ID!, $v: Int!) { deactivateUser(input: {partnerId: $p, id: $id, expectedVersion: $v}) {
                  user { status } userErrors { code } } }""",
                Map.of("p", BIANCHI, "id", user.at("/user/id").asString(), "v", 1)).at("/data/deactivateUser");
        assertThat(deactivated.at("/user/status").asString()).isEqualTo("DEACTIVATED");
        assertThatThrownBy(() -> http.userTokens(email, "password-uscente")).hasMessageContaining("sign-in refused");
    }

    @Test
    void a_client_secret_is_shown_once_works_and_rotation_and_revocation_take_effect_at_once() {
        JsonNode created = http.graphql(tokenFor("dealer2@canale.demo"), CREATE_CLIENT, Map.of("p", BIANCHI,
                "scopes", java.util.List.of("leads:read", "leads:write"))).at("/data/createApiClient");
        String id = created.at("/apiClient/id").asString();
        String clientId = created.at("/apiClient/clientId").asString();
        String secret = created.path("clientSecret").asString();
        assertThat(secret).hasSizeGreaterThan(30);
        JsonNode listed = http.graphql(tokenFor("dealer2@canale.demo"), "query($p: ID!) { partnerClients(partnerId: $p, first: 100) { edges { node { clientId } } } }",
                Map.of("p", BIANCHI));
        assertThat(listed.toString()).contains(clientId).doesNotContain(secret);
        JsonNode token = http.clientToken(clientId, secret, null);
        assertThat(token.path("scope").asString().split(" ")).containsExactlyInAnyOrder("leads:read", "leads:write");

        JsonNode rotated = http.graphql(tokenFor("dealer2@canale.demo"), """
                mutation($p: ID!, $id: ID!) { rotateApiClientSecret(input: {partnerId: $p, id: $id, expectedVersion: 0}) {
                  apiClient { version } clientSecret } }""", Map.of("p", BIANCHI, "id", id)).at("/data/rotateApiClientSecret");
        String newSecret = rotated.path("clientSecret").asString();
        assertThat(http.clientToken(clientId, secret, null).path("error").asString()).isEqualTo("invalid_client");
        assertThat(http.clientToken(clientId, newSecret, null).path("access_token").asString()).isNotBlank();

        JsonNode revoked = http.graphql(tokenFor("dealer2@canale.demo"), """
                mutation($p: ID!, $id: ID!) { revokeApiClient(input: {partnerId: $p, id: $id, expectedVersion: 1}) {
                  apiClient { status } userErrors { code } } }""", Map.of("p", BIANCHI, "id", id)).at("/data/revokeApiClient");
        assertThat(revoked.at("/apiClient/status").asString()).isEqualTo("REVOKED");
        assertThat(http.clientToken(clientId, newSecret, null).path("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void the_preferred_language_is_kept_per_user() {
        JsonNode changed = http.graphql(tokenFor("dealer2@canale.demo"), "mutation { updateMyPreferences(input: {locale: \"it\"}) { viewer { locale } userErrors { code } } }");
        assertThat(changed.at("/data/updateMyPreferences/viewer/locale").asString()).isEqualTo("it");
        assertThat(http.graphql(tokenFor("dealer2@canale.demo"), "{ viewer { locale } }").at("/data/viewer/locale").asString()).isEqualTo("it");
        JsonNode unsupported = http.graphql(tokenFor("dealer2@canale.demo"), "mutation { updateMyPreferences(input: {locale: \"de\"}) { userErrors { field code } } }");
        assertThat(unsupported.at("/data/updateMyPreferences/userErrors/0/code").asString()).isEqualTo("INVALID");
    }

    /** Opens the invitation link like a browser and chooses the password. */
    private void activate(String link, String password) {
        String path = URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery();
        String page = http.get(path, null, "text/html").body();
        assertThat(page).contains("name=\"token\"");
        String token = link.substring(link.indexOf("token=") + 6);
        var response = http.formWithSession("/invitation", path, Map.of("token", token, "password", password,
                "confirmation", password));
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/login?activated");
    }
}
