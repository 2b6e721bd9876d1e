package io.canale.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.CanaleApplication;
import io.canale.support.Http;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Tokens outlive the process: the signing key, clients and authorizations are in the file-backed store, so
 * an access token and a refresh token issued before a restart still work after it.
 */
class TokenSurvivesRestartTests {

    @TempDir
    Path data;

    @Test
    void access_and_refresh_tokens_issued_before_a_restart_work_after_it() {
        String accessToken;
        String refreshToken;
        String systemToken;
        try (ConfigurableApplicationContext first = start()) {
            Http http = http(first);
            JsonNode tokens = http.userTokens("dealer@canale.demo", Http.DEMO_PASSWORD);
            accessToken = tokens.path("access_token").asString();
            refreshToken = tokens.path("refresh_token").asString();
            systemToken = http.clientToken("supplier-system");
        }
        try (ConfigurableApplicationContext second = start()) {
            Http http = http(second);
            assertThat(http.graphql(accessToken, "{ viewer { subject } }").at("/data/viewer/subject").asString())
                    .isEqualTo("dealer@canale.demo");
            assertThat(http.graphql(systemToken, "{ viewer { subject } }").at("/data/viewer/subject").asString())
                    .isEqualTo("supplier-system");
            JsonNode refreshed = Http.json(http.post("/oauth2/token", Map.of("grant_type", "refresh_token",
                    "refresh_token", refreshToken), Http.PORTAL, Http.PORTAL_SECRET));
            assertThat(refreshed.path("access_token").asString()).isNotBlank();
        }
    }

    private ConfigurableApplicationContext start() {
        return SpringApplication.run(CanaleApplication.class, "--server.port=0", "--spring.profiles.active=demo",
                "--canale.auth.issuer=" + Http.ISSUER, "--canale.embedded.data-dir=" + data);
    }

    private static Http http(ConfigurableApplicationContext context) {
        return Http.forPort(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
