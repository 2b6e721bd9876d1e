package io.canale.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/** What a copy of the database holds of issued tokens and codes: their hashes only, never a usable value. */
class TokensAtRestTests extends IntegrationTestBase {

    @Autowired
    MongoOperations mongo;

    @Autowired
    MongoAuthorizationService authorizations;

    @Test
    void the_store_holds_no_issued_code_or_token_and_they_all_still_work() throws Exception {
        String verifier = "verifier-" + UUID.randomUUID();
        String code = http.authorizationCode("dealer@canale.demo", Http.DEMO_PASSWORD, challenge(verifier));
        assertThat(storedAuthorizations()).doesNotContain(code);

        JsonNode tokens = Http.json(http.post("/oauth2/token", Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", Http.PORTAL_REDIRECT, "code_verifier", verifier), Http.PORTAL, Http.PORTAL_SECRET));
        String access = tokens.path("access_token").asString();
        String refresh = tokens.path("refresh_token").asString();
        String idToken = tokens.path("id_token").asString();
        assertThat(access).isNotBlank();
        assertThat(idToken).isNotBlank();

        JsonNode refreshed = Http.json(http.post("/oauth2/token", Map.of("grant_type", "refresh_token",
                "refresh_token", refresh), Http.PORTAL, Http.PORTAL_SECRET));
        String refreshedAccess = refreshed.path("access_token").asString();
        String rotatedRefresh = refreshed.path("refresh_token").asString();
        assertThat(refreshedAccess).isNotBlank();
        String systemToken = http.clientToken("carrier-system");

        String stored = storedAuthorizations();
        for (String issued : new String[] {code, access, refresh, idToken, refreshedAccess, rotatedRefresh,
                refreshed.path("id_token").asString(), systemToken}) {
            if (issued.isBlank()) {
                continue;
            }
            assertThat(stored).doesNotContain(issued);
            // A JWT's signature alone would let nobody in, but neither is it kept.
            assertThat(stored).doesNotContain(issued.substring(issued.lastIndexOf('.') + 1));
        }

        assertThat(introspect(rotatedRefresh).path("active").asBoolean()).isTrue();
        assertThat(introspect(refreshedAccess).path("active").asBoolean()).isTrue();
        assertThat(http.post("/oauth2/revoke", Map.of("token", rotatedRefresh, "token_type_hint", "refresh_token"),
                Http.PORTAL, Http.PORTAL_SECRET).statusCode()).isEqualTo(200);
        assertThat(introspect(rotatedRefresh).path("active").asBoolean()).isFalse();
        assertThat(Http.json(http.post("/oauth2/token", Map.of("grant_type", "refresh_token", "refresh_token",
                rotatedRefresh), Http.PORTAL, Http.PORTAL_SECRET)).path("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void a_stored_hash_presented_as_a_token_finds_nothing() {
        JsonNode tokens = http.userTokens("supplier@canale.demo", Http.DEMO_PASSWORD);
        String hash = "sha256:" + Secrets.sha256(tokens.path("refresh_token").asString());
        assertThat(storedAuthorizations()).contains(Secrets.sha256(tokens.path("refresh_token").asString()));

        for (String leaked : new String[] {hash, Secrets.sha256(tokens.path("refresh_token").asString())}) {
            assertThat(Http.json(http.post("/oauth2/token", Map.of("grant_type", "refresh_token", "refresh_token",
                    leaked), Http.PORTAL, Http.PORTAL_SECRET)).path("error").asString()).isEqualTo("invalid_grant");
            assertThat(introspect(leaked).path("active").asBoolean()).isFalse();
        }
    }

    @Test
    void tokens_stored_in_clear_by_an_older_version_are_hashed_at_start_and_keep_working() {
        String refresh = http.userTokens("carrier@canale.demo", Http.DEMO_PASSWORD).path("refresh_token").asString();
        String hash = Secrets.sha256(refresh);
        Document stored = mongo.findOne(Query.query(Criteria.where("tokens.refreshToken.hash").is(hash)), Document.class,
                MongoAuthorizationService.COLLECTION);
        stored.get("tokens", Document.class).get("refreshToken", Document.class).append("value", refresh).remove("hash");
        mongo.save(stored, MongoAuthorizationService.COLLECTION);
        assertThat(storedAuthorizations()).contains(refresh);

        authorizations.ensureIndexes();

        assertThat(storedAuthorizations()).doesNotContain(refresh).contains(hash);
        assertThat(Http.json(http.post("/oauth2/token", Map.of("grant_type", "refresh_token", "refresh_token",
                refresh), Http.PORTAL, Http.PORTAL_SECRET)).path("access_token").asString()).isNotBlank();
    }

    private JsonNode introspect(String token) {
        return Http.json(http.post("/oauth2/introspect", Map.of("token", token), Http.PORTAL, Http.PORTAL_SECRET));
    }

    private String storedAuthorizations() {
        return mongo.findAll(Document.class, MongoAuthorizationService.COLLECTION).stream()
                .map(Document::toJson).collect(Collectors.joining("\n"));
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
