package io.canale.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import tools.jackson.core.type.TypeReference;

/** Access tokens name the API as their audience, and the API refuses a token meant for anyone else. */
class TokenAudienceTests extends IntegrationTestBase {

    private static final String VIEWER = "{ viewer { subject } }";

    @Autowired
    JwtEncoder encoder;

    @Test
    void issued_access_tokens_carry_the_api_audience() {
        assertThat(AuthorizationServerTests.claims(http.clientToken("dealer-system")).path("aud").toString())
                .contains("\"canale-api\"", "\"dealer-system\"");
        assertThat(AuthorizationServerTests.claims(http.userToken("dealer@canale.demo")).path("aud").toString())
                .contains("\"canale-api\"");
    }

    @Test
    void a_token_signed_by_our_key_for_another_audience_is_refused() {
        String otherAudience = mint(List.of("dealer-system", "reporting-api"));
        String noAudience = mint(List.of());
        String apiAudience = mint(List.of("dealer-system", "canale-api"));

        assertThat(http.graphqlRaw(otherAudience, VIEWER, Map.of(), "application/json").statusCode()).isEqualTo(401);
        assertThat(http.graphqlRaw(noAudience, VIEWER, Map.of(), "application/json").statusCode()).isEqualTo(401);
        // the same token with the API's audience is taken: the audience alone made the difference
        assertThat(http.graphql(apiAudience, VIEWER).at("/data/viewer/subject").asString()).isEqualTo("dealer-system");
    }

    /** The dealer system's own token signed again by the server's key, with only its audience changed. */
    private String mint(List<String> audience) {
        Map<String, Object> issued = Http.JSON.convertValue(
                AuthorizationServerTests.claims(http.clientToken("dealer-system")), new TypeReference<Map<String, Object>>() {
                });
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().claims(all -> {
            all.putAll(issued);
            all.remove("aud");
        }).issuedAt(now).notBefore(now).expiresAt(now.plus(Duration.ofMinutes(5)));
        if (!audience.isEmpty()) {
            claims.audience(audience);
        }
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
                .getTokenValue();
    }
}
