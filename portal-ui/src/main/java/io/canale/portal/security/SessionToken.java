package io.canale.portal.security;

import java.time.Instant;

/**
 * The signed-in user's access token as background work uses it: its value for the {@code Authorization} header and
 * when it expires (null when the token response did not say), so that a long-lived connection renews it in time.
 * Nothing here says what the token grants.
 */
public record SessionToken(String value, Instant expiresAt) {

    @Override
    public String toString() {
        return "SessionToken[expiresAt=" + expiresAt + "]"; // never the token itself in a log line
    }
}
