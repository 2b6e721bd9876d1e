package io.canale.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The API's token check, remembering the tokens that passed it: a client sends the same access token with every
 * request for the token's lifetime, and checking its RSA signature and claims again each time was a fixed cost of
 * every request. A token is answered from memory only when it is the very same string (signature included) that
 * passed the full check, only before it expires, and only while the key ring is the one it was checked against
 * (every reload of the signing keys, once per {@code canale.auth.signing-key-refresh}, checks each token afresh, so a
 * withdrawn key stops counting as it did before). Refused tokens are never remembered; the number remembered is
 * bounded.
 */
final class ValidatedTokens implements JwtDecoder {

    private record Checked(Jwt jwt, Object keys) {
    }

    private final JwtDecoder decoder;
    private final Supplier<Object> keyRing;
    private final Clock clock;
    private final Cache<String, Checked> checked;

    /**
     * @param keyRing the signing keys the decoder checks against now; a different object once they were reloaded
     * @param clock the clock of the decoder's expiry check (Spring Security's validators use the system clock)
     * @param lifetime how long tokens live at most, after which a remembered one is dropped
     */
    ValidatedTokens(JwtDecoder decoder, Supplier<Object> keyRing, Clock clock, Duration lifetime, long maxTokens) {
        this.decoder = decoder;
        this.keyRing = keyRing;
        this.clock = clock;
        this.checked = Caffeine.newBuilder().maximumSize(maxTokens).expireAfterWrite(lifetime).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Object keys = keyRing.get();
        Checked known = checked.getIfPresent(token);
        if (known != null && known.keys() == keys && known.jwt().getExpiresAt() != null
                && clock.instant().isBefore(known.jwt().getExpiresAt())) {
            return known.jwt();
        }
        Jwt jwt = decoder.decode(token);
        checked.put(token, new Checked(jwt, keys));
        return jwt;
    }
}
