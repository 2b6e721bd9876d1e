package io.canale.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the built-in authorization server.
 *
 * @param issuer the issuer URL written into tokens and discovery
 * @param accessTokenTtl lifetime of access tokens; keep it short, as revoked JWTs stay valid until they expire
 * @param refreshTokenTtl lifetime of the portal's refresh tokens
 * @param portal the portal's OAuth client; not registered when its secret is empty
 * @param keyEncryptionKey base64 of the 256-bit AES key that encrypts the signing keys in the store; required
 * @param signingKeyRotation age at which a new signing key replaces the current one
 * @param signingKeyNotBefore a signing key created before this instant is replaced at once (operator rotation)
 * @param signingKeyRefresh how often every node reloads the signing keys from the store
 * @param apiAudience the audience access tokens carry for the API and the API insists on
 */
@ConfigurationProperties("canale.auth")
record AuthServerProperties(String issuer, Duration accessTokenTtl, Duration refreshTokenTtl, Portal portal,
        String keyEncryptionKey, Duration signingKeyRotation, Instant signingKeyNotBefore, Duration signingKeyRefresh,
        String apiAudience) {

    AuthServerProperties {
        accessTokenTtl = accessTokenTtl != null ? accessTokenTtl : Duration.ofMinutes(5);
        refreshTokenTtl = refreshTokenTtl != null ? refreshTokenTtl : Duration.ofHours(8);
        portal = portal != null ? portal : new Portal(null, null, List.of(), List.of());
        signingKeyRotation = signingKeyRotation != null ? signingKeyRotation : Duration.ofDays(30);
        signingKeyRefresh = signingKeyRefresh != null ? signingKeyRefresh : Duration.ofMinutes(1);
        apiAudience = apiAudience != null && !apiAudience.isBlank() ? apiAudience : "canale-api";
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
