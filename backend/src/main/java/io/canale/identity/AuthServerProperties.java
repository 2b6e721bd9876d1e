package io.canale.identity;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the built-in authorization server.
 *
 * @param issuer the issuer URL written into tokens and discovery
 * @param accessTokenTtl lifetime of access tokens; keep it short, as revoked JWTs stay valid until they expire
 * @param refreshTokenTtl lifetime of the portal's refresh tokens
 * @param portal the portal's OAuth client; not registered when its secret is empty
 */
@ConfigurationProperties("canale.auth")
record AuthServerProperties(String issuer, Duration accessTokenTtl, Duration refreshTokenTtl, Portal portal) {

    AuthServerProperties {
        accessTokenTtl = accessTokenTtl != null ? accessTokenTtl : Duration.ofMinutes(5);
        refreshTokenTtl = refreshTokenTtl != null ? refreshTokenTtl : Duration.ofHours(8);
        portal = portal != null ? portal : new Portal(null, null, List.of(), List.of());
    }

    record Portal(String clientId, String clientSecret, List<String> redirectUris, List<String> postLogoutRedirectUris) {

        Portal {
            clientId = clientId != null ? clientId : "canale-portal";
            redirectUris = redirectUris != null ? redirectUris : List.of();
            postLogoutRedirectUris = postLogoutRedirectUris != null ? postLogoutRedirectUris : List.of();
        }

        boolean enabled() {
            return clientSecret != null && !clientSecret.isBlank() && !redirectUris.isEmpty();
        }
    }
}
