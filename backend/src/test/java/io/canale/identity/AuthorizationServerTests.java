package io.canale.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The built-in authorization server, exercised over HTTP as a client would. */
class AuthorizationServerTests extends IntegrationTestBase {

    @Test
    void discovery_advertises_pkce_s256_only_revocation_and_introspection() {
        JsonNode discovery = Http.json(http.get("/.well-known/openid-configuration", null, "application/json"));
        assertThat(discovery.path("issuer").asString()).isEqualTo(Http.ISSUER);
        assertThat(discovery.path("code_challenge_methods_supported").toString()).isEqualTo("[\"S256\"]");
        assertThat(discovery.path("revocation_endpoint").asString()).endsWith("/oauth2/revoke");
        assertThat(discovery.path("introspection_endpoint").asString()).endsWith("/oauth2/introspect");
    }

    @Test
    void client_credentials_without_scope_get_the_registered_scopes() {
        JsonNode response = http.clientToken("supplier-system", Http.DEMO_SECRET, null);
        assertThat(response.path("scope").asString().split(" ")).contains("stock:write", "orders:read")
                .doesNotContain("leads:read", "org:admin");
        JsonNode claims = claims(response.path("access_token").asString());
        assertThat(claims.path("partner_id").asString()).isEqualTo("ptn_ferri_componenti");
        assertThat(claims.path("partner_type").asString()).isEqualTo("SUPPLIER");
    }

    @Test
    void client_credentials_may_ask_for_fewer_scopes_but_not_for_more() {
        assertThat(http.clientToken("dealer-system", Http.DEMO_SECRET, "leads:read").path("scope").asString())
                .isEqualTo("leads:read");
        JsonNode refused = http.clientToken("dealer-system", Http.DEMO_SECRET, "partners:admin");
        assertThat(refused.path("error").asString()).isEqualTo("invalid_scope");
    }

    @Test
    void a_wrong_secret_is_refused() {
        HttpResponse<String> response = http.post("/oauth2/token", Map.of("grant_type", "client_credentials"),
                "dealer-system", "wrong-secret");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("invalid_client");
    }

    @Test
    void authorization_code_with_pkce_issues_user_tokens_with_partner_claims() {
        JsonNode tokens = http.userTokens("dealer2@canale.demo", Http.DEMO_PASSWORD);
        JsonNode claims = claims(tokens.path("access_token").asString());
        assertThat(claims.path("sub").asString()).isEqualTo("dealer2@canale.demo");
        assertThat(claims.path("partner_id").asString()).isEqualTo("ptn_bianchi_moto");
        assertThat(claims.path("roles").toString()).contains("ADMIN");
        assertThat(claims.path("scope").toString()).contains("org:admin").doesNotContain("partners:admin");
        assertThat(tokens.path("id_token").asString()).isNotBlank();
        assertThat(tokens.path("refresh_token").asString()).isNotBlank();
    }

    @Test
    void an_authorization_request_without_pkce_is_refused() {
        HttpResponse<String> response = http.get("/oauth2/authorize?response_type=code&client_id=" + Http.PORTAL
                + "&redirect_uri=" + Http.PORTAL_REDIRECT + "&scope=openid&state=x", null, "text/html");
        assertThat(response.headers().firstValue("Location").orElse("")).contains("error=invalid_request");
    }

    @Test
    void a_wrong_password_does_not_sign_in() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> http.userTokens("dealer@canale.demo", "wrong-password"))
                .hasMessageContaining("sign-in refused");
    }

    @Test
    void refresh_tokens_work_and_revoked_refresh_tokens_do_not() {
        JsonNode tokens = http.userTokens("supplier@canale.demo", Http.DEMO_PASSWORD);
        String refresh = tokens.path("refresh_token").asString();
        JsonNode refreshed = Http.json(http.post("/oauth2/token", Map.of("grant_type", "refresh_token",
                "refresh_token", refresh), Http.PORTAL, Http.PORTAL_SECRET));
        assertThat(refreshed.path("access_token").asString()).isNotBlank();
        String rotated = refreshed.path("refresh_token").asString();
        assertThat(rotated).isNotEqualTo(refresh);

        assertThat(http.post("/oauth2/revoke", Map.of("token", rotated, "token_type_hint", "refresh_token"),
                Http.PORTAL, Http.PORTAL_SECRET).statusCode()).isEqualTo(200);
        JsonNode afterRevocation = Http.json(http.post("/oauth2/token", Map.of("grant_type", "refresh_token",
                "refresh_token", rotated), Http.PORTAL, Http.PORTAL_SECRET));
        assertThat(afterRevocation.path("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void introspection_reports_active_tokens_and_inactive_revoked_ones() {
        String token = http.clientToken("carrier-system");
        JsonNode active = Http.json(http.post("/oauth2/introspect", Map.of("token", token), "carrier-system", Http.DEMO_SECRET));
        assertThat(active.path("active").asBoolean()).isTrue();
        http.post("/oauth2/revoke", Map.of("token", token), "carrier-system", Http.DEMO_SECRET);
        JsonNode revoked = Http.json(http.post("/oauth2/introspect", Map.of("token", token), "carrier-system", Http.DEMO_SECRET));
        assertThat(revoked.path("active").asBoolean()).isFalse();
    }

    @Test
    void the_login_page_speaks_italian_and_english() {
        assertThat(http.get("/login?lang=it", null, "text/html").body()).contains("Accedi");
        assertThat(http.get("/login?lang=en", null, "text/html").body()).contains("Sign in");
    }

    static JsonNode claims(String jwt) {
        return Http.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
