package io.canale.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.Http;
import io.canale.support.MutableClock;
import io.canale.support.TestClockConfiguration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Key rotation end to end, in a backend of its own (rotating the shared test server's key would void the tokens
 * other tests hold): after rotation new tokens carry the new {@code kid}, a token of the old key still works,
 * and the JWKS lists both keys until the old key's last token has expired, then only the new one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"canale.auth.issuer=" + Http.ISSUER, "canale.embedded.in-memory=true",
                // the test refreshes the key ring itself, after moving the clock
                "canale.auth.signing-key-refresh=PT24H"})
@Import(TestClockConfiguration.class)
@ActiveProfiles("demo")
class KeyRotationTests {

    private static final String VIEWER = "{ viewer { subject } }";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    SigningKeyRing ring;

    @Autowired
    SigningKeyStore store;

    @Test
    void new_tokens_carry_the_new_key_and_the_old_key_stays_published_until_its_last_token_expired() {
        Http http = Http.forPort(port);
        String oldToken = http.clientToken("dealer-system");
        String oldKid = kid(oldToken);
        assertThat(jwks(http)).containsExactly(oldKid);

        clock.advance(Duration.ofDays(30));
        ring.refresh();
        List<String> published = jwks(http);
        assertThat(published).hasSize(2).contains(oldKid);
        String newKid = published.getFirst();
        assertThat(kid(http.clientToken("dealer-system"))).as("not yet active on every node").isEqualTo(oldKid);

        clock.advance(store.activationDelay());
        String newToken = http.clientToken("dealer-system");
        assertThat(kid(newToken)).isEqualTo(newKid);
        assertThat(kid(http.userToken("dealer@canale.demo"))).isEqualTo(newKid);
        assertThat(http.graphql(oldToken, VIEWER).at("/data/viewer/subject").asString()).isEqualTo("dealer-system");
        assertThat(http.graphql(newToken, VIEWER).at("/data/viewer/subject").asString()).isEqualTo("dealer-system");

        // (the test clock is real time plus an offset: a margin of minutes covers the time the test itself takes)
        clock.advance(store.retention().minusMinutes(5));
        ring.refresh();
        assertThat(jwks(http)).containsExactly(newKid, oldKid);

        clock.advance(Duration.ofMinutes(5));
        ring.refresh();
        assertThat(jwks(http)).containsExactly(newKid);
        assertThat(http.graphqlRaw(oldToken, VIEWER, Map.of(), "application/json").statusCode()).isEqualTo(401);
        assertThat(http.graphql(newToken, VIEWER).at("/data/viewer/subject").asString()).isEqualTo("dealer-system");
    }

    private static List<String> jwks(Http http) {
        JsonNode keys = Http.json(http.get("/oauth2/jwks", null, "application/json")).path("keys");
        List<String> kids = new ArrayList<>();
        keys.forEach(key -> {
            assertThat(key.has("d")).as("a private part in the JWKS").isFalse();
            kids.add(key.path("kid").asString());
        });
        return kids;
    }

    private static String kid(String jwt) {
        return Http.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[0])).path("kid").asString();
    }
}
