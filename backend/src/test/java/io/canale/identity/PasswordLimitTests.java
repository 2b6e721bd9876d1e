package io.canale.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Passwords are hashed with bcrypt, which reads at most 72 bytes: a longer one is refused with a clear message
 * when chosen, and a long one typed at sign-in is just a wrong password — never a server error.
 */
class PasswordLimitTests extends IntegrationTestBase {

    private static final String INVITE = """
            mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitationUrl userErrors { field code } } }""";

    @Test
    void a_password_over_72_bytes_is_refused_on_the_invitation_form_and_a_shorter_one_activates() {
        String email = "lungo-" + UUID.randomUUID() + "@bianchi-moto.demo";
        String link = http.graphql(tokenFor("dealer2@canale.demo"), INVITE, Map.of("input", Map.of("partnerId",
                "ptn_bianchi_moto", "email", email, "displayName", "Password Lunga", "role", "MEMBER")))
                .at("/data/inviteUser/invitationUrl").asString();

        HttpResponse<String> tooLong = choose(link, "a".repeat(73));
        HttpResponse<String> accentedTooLong = choose(link, "è".repeat(37)); // 37 characters, 74 bytes
        HttpResponse<String> longest = choose(link, "b".repeat(72));

        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(tooLong.body()).contains("role=\"alert\"").contains("72");
        assertThat(accentedTooLong.statusCode()).isEqualTo(200);
        assertThat(accentedTooLong.body()).contains("role=\"alert\"");
        assertThat(longest.headers().firstValue("Location").orElse("")).contains("/login?activated");
        assertThat(http.userTokens(email, "b".repeat(72)).path("access_token").asString()).isNotBlank();
    }

    @Test
    void a_very_long_password_at_sign_in_is_a_wrong_password() {
        HttpResponse<String> response = http.formWithSession("/login", "/login",
                Map.of("username", "dealer@canale.demo", "password", "x".repeat(500)));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/login?error");
    }

    private HttpResponse<String> choose(String link, String password) {
        String path = URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery();
        String token = link.substring(link.indexOf("token=") + 6);
        return http.formWithSession("/invitation", path, Map.of("token", token, "password", password,
                "confirmation", password));
    }

}
